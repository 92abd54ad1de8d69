import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A top-level block of electron-builder.yml as `key: value` pairs (the block is flat; values are scalars). */
function block(name: string): Record<string, string> {
  const text = readFileSync('electron-builder.yml', 'utf8');
  const lines = text.slice(text.search(new RegExp(`^${name}:\\s*$`, 'm'))).split('\n').slice(1);
  const entries: [string, string][] = [];
  for (const line of lines) {
    const entry = /^ {2}([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
    if (!entry) break;
    entries.push([entry[1]!, entry[2]!]);
  }
  return Object.fromEntries(entries);
}

/**
 * The packaged binary's fuses (electron-builder flips them at packaging): without them anyone at the desk PC could
 * run the signed app as plain Node, attach a debugger from the command line, or swap app.asar for their own code.
 */
describe('packaging', () => {
  it('flips the Electron fuses that keep the binary from running anything but the app', () => {
    expect(block('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('takes file:// its extra privileges: the window loads app://taizhang/, nothing loads file://', () => {
    expect(block('electronFuses').grantFileProtocolExtraPrivileges).toBe('false');
    const loaders = ['electron/main/window.ts', 'electron/main/startMain.ts', 'electron/main/index.ts'].map((file) => readFileSync(file, 'utf8'));
    for (const text of loaders) {
      expect(text).not.toContain('loadFile(');
      expect(text).not.toContain("'file://");
    }
  });

  it('packs the app into an asar (the integrity fuse checks that archive)', () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^asar: true$/m);
  });
});
