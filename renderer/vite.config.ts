import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from '../shared/contract/csp';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built page carries the app's CSP as a meta tag too (Electron's app:// handler and the bridge also send it as a header).
 * Only in builds: the dev server's React refresh needs an inline script. frame-ancestors is header-only.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = contentSecurityPolicy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'taizhang-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// Relative asset paths (base './') work wherever index.html is served from: app://taizhang/ in Electron, the bridge.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // A page folder's declaration module (pageList.ts joins them into the first render) also re-exports what
      // other folders embed (the desk's cards, head office's staff tab…). The page modules do nothing on load but
      // define components, so an embed nobody in the first render uses stays in the chunks that do use it.
      treeshake: { moduleSideEffects: [{ test: /renderer\/src\/pages\/.+\.tsx?$/, sideEffects: false }] },
    },
  },
  server: { port: 5173, strictPort: false },
});
