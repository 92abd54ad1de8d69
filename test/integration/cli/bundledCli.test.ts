import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice } from '../../helpers/testApp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const mainDir = join(root, 'out/main');

/** The packages the built main process may still load from node_modules: the rest is bundled in (electron-builder.yml). */
const external = ['better-sqlite3', 'electron', 'fontkit', 'pdfmake', 'chinese-days', '@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-sans-jp', '@node-rs/jieba'];

function run(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(mainDir, 'cli.js'), ...args], { env: { ...process.env, TAIZHANG_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 240_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The command line as the installed app ships it: built by electron-vite into out/main, bundled JavaScript with no
 * TypeScript and no tsx, run here by Node on a real office folder (the installed app runs the same bundle itself).
 */
describe('the bundled command line', { timeout: 600_000 }, () => {
  let officeDir: string;
  const out = mkdtempSync(join(tmpdir(), 'taizhang-bundled-cli-'));

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8', timeout: 540_000 });
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
    const office = await openTestOffice();
    await office.asClerk.call('complaints.create', complaintIntake(office));
    officeDir = office.dataDir;
    await office.app.close();
  });
  afterAll(() => {
    rmSync(officeDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('loads from node_modules only the native module, the fonts and the few packages kept external', () => {
    const files = readdirSync(mainDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.js'));
    const loaded = new Set<string>();
    for (const file of files) {
      // Code only: the bundled libraries' doc comments show require() examples of their own.
      const text = readFileSync(join(file.parentPath, file.name), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
      for (const match of text.matchAll(/^import\s[^'"]*["']([^"'.][^"']*)["']|\brequire\(["']([^"'.][^"']*)["']\)|\bimport\(["']([^"'.][^"']*)["']\)/gm)) {
        const name = match[1] ?? match[2] ?? match[3]!;
        if (!name.startsWith('node:') && !['crypto', 'fs', 'path', 'os', 'stream', 'util', 'events', 'zlib', 'buffer'].includes(name)) loaded.add(name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    expect([...loaded].filter((name) => !external.includes(name))).toEqual([]);
    expect(loaded.has('better-sqlite3')).toBe(true);
  });

  it('exports, verifies, checks and backs up an office folder', () => {
    const exported = run(officeDir, 'archive', 'export', '--out', out);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.stdout).toContain('已导出 2026-11:complaints 1 条');
    expect(run(officeDir, 'archive', 'verify', join(out, 'taizhang-JX01-2026-11.zip'))).toMatchObject({ code: 0 });
    expect(run(officeDir, 'check')).toMatchObject({ code: 0 });
    expect(run(officeDir, 'backup').stdout).toContain('已备份');
    expect(run(officeDir, 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('用法:taizhang') });
  });
});
