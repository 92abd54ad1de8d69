import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'electron-vite';
import { loadConfigFromFile, type UserConfig as ViteConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = resolve(root, 'renderer');
const rendererViteConfig = resolve(rendererDir, 'vite.config.ts');

/**
 * Three builds: main (ESM, Node), preload (one sandbox-safe CommonJS file), renderer (the same React app the
 * browser mode builds from renderer/vite.config.ts, whose plugins and aliases are reused, not copied).
 */
export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  const renderer = await loadRendererConfig(command, mode);
  return {
    main: {
      // The bundle knows it is one: renderChild.ts starts its render processes from the built file, and the sources' tsx
      // bootstrap is left out of it (see electron/app/forms/renderChild.ts).
      define: { __TAIZHANG_BUNDLED__: 'true' },
      build: {
        // Runtime dependencies stay in node_modules: better-sqlite3 is native, the print fonts are read from
        // their package folder, pdfmake and fontkit are loaded by Node.
        externalizeDeps: true,
        outDir: resolve(root, 'out/main'),
        // The render process is a script of its own beside index.js, and the shared chunks sit beside them too:
        // renderChild.ts, in whichever chunk it lands, starts ./renderProcess.js from its own folder.
        rolldownOptions: {
          input: {
            index: resolve(root, 'electron/main/index.ts'),
            cli: resolve(root, 'electron/cli/main.ts'),
            renderProcess: resolve(root, 'electron/app/forms/renderProcess.ts'),
          },
          output: { chunkFileNames: '[name]-[hash].js' },
        },
      },
    },
    preload: {
      build: {
        // A sandboxed preload can require only 'electron': everything else (zod, the contract) is bundled in.
        externalizeDeps: false,
        outDir: resolve(root, 'out/preload'),
        rolldownOptions: {
          input: { index: resolve(root, 'electron/preload/index.ts') },
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer: {
      ...renderer,
      root: rendererDir,
      build: {
        ...renderer.build,
        outDir: resolve(root, 'out/renderer'),
        emptyOutDir: true,
        rolldownOptions: {
          ...renderer.build?.rolldownOptions,
          input: { index: resolve(rendererDir, 'index.html') },
        },
      },
    },
  };
});

/** renderer/vite.config.ts belongs to the renderer; load it as Vite would and keep its plugins, aliases, CSS. */
async function loadRendererConfig(command: 'build' | 'serve', mode: string): Promise<ViteConfig> {
  if (!existsSync(rendererViteConfig)) return {};
  const loaded = await loadConfigFromFile({ command, mode }, rendererViteConfig, root);
  if (!loaded) return {};
  // Where the files go and which base they use are electron-vite's business here.
  const { root: _root, base: _base, publicDir, ...config } = loaded.config;
  return { ...config, ...(typeof publicDir === 'string' ? { publicDir: resolve(rendererDir, publicDir) } : {}) };
}
