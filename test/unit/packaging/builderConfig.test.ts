import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cliArguments } from '../../../electron/main/cliArguments';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;

/** PNG width and height from its header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(root, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The installers as the README promises them, checked on electron-builder.yml (the Electron binary is not needed). */
describe('the packaging configuration', () => {
  it('builds a per-user x64 NSIS installer in Chinese with desktop and start-menu shortcuts', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, createDesktopShortcut: true, createStartMenuShortcut: true, installerLanguages: ['zh_CN'], shortcutName: '物业台账' });
  });

  it('builds an AppImage and a deb in the Office category, with the author’s e-mail the deb needs', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(config.linux.maintainer).toContain(`<${pkg.author.email}>`);
    expect(config.executableName).toBe('taizhang');
  });

  it('takes its icons from resources/: a 512 px PNG and a Windows .ico', () => {
    expect(config.directories.buildResources).toBe('resources');
    expect(pngSize(config.linux.icon)).toEqual([512, 512]);
    const ico = readFileSync(join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    // The one image is 256 px (stored as 0), a PNG inside the icon file.
    expect(ico[6]).toBe(0);
    expect(ico.subarray(ico.readUInt32LE(18) + 1, ico.readUInt32LE(18) + 4).toString('latin1')).toBe('PNG');
  });

  it('unpacks the native modules and the print fonts (both faces of the fallback chain) from the asar, and ships their licences', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        '**/node_modules/better-sqlite3/**/*.node',
        '**/node_modules/@node-rs/**/*.node',
        '**/node_modules/@expo-google-fonts/noto-sans-sc/{400Regular,700Bold}/*.ttf',
        '**/node_modules/@expo-google-fonts/noto-sans-jp/{400Regular,700Bold}/*.ttf',
      ]),
    );
    const fonts = readFileSync(join(root, 'electron/app/forms/fonts.ts'), 'utf8');
    // The weights unpacked are the ones read: '400Regular' and '700Bold' of each face.
    expect(fonts).toContain("join(packageDir, '400Regular', `${link.file}_400Regular.ttf`)");
    expect(fonts).toContain("join(packageDir, '700Bold', `${link.file}_700Bold.ttf`)");
    for (const face of ['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-sans-jp']) expect(fonts).toContain(`'${face}'`);
    expect(config.extraResources).toContainEqual({ from: 'node_modules/@expo-google-fonts/noto-sans-sc/LICENSE_FONT', to: 'licenses/NotoSansSC-OFL.txt' });
    expect(config.extraResources).toContainEqual({ from: 'node_modules/@expo-google-fonts/noto-sans-jp/LICENSE_FONT', to: 'licenses/NotoSansJP-OFL.txt' });
  });

  it('ships only what runs: what the main process bundles is no dependency of the package', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@expo-google-fonts/noto-sans-jp', '@expo-google-fonts/noto-sans-sc', '@node-rs/jieba', 'better-sqlite3', 'chinese-days', 'fontkit', 'pdfmake']);
    for (const bundled of ['echarts', 'exceljs', 'kysely', 'zod', 'yauzl', 'yazl', 'tyme4ts', 'pinyin-pro']) expect(pkg.devDependencies).toHaveProperty(bundled);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!out/**/*.map']));
  });

  it('flips the fuses that would let the installed binary run as a general Node, and file:// its extra privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The window loads app://taizhang/ (electron/main/appProtocol.ts); no page is served from file://.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('runs the command line when the installed program is given a command, and opens the window otherwise', () => {
    expect(cliArguments(['C:\\taizhang\\taizhang.exe', 'archive', 'export', '--out', 'D:\\'], true)).toEqual(['archive', 'export', '--out', 'D:\\']);
    expect(cliArguments(['/usr/bin/electron', '.', 'check'], false)).toEqual(['check']);
    expect(cliArguments(['/opt/物业台账/taizhang'], true)).toBeNull();
    expect(cliArguments(['/opt/物业台账/taizhang', '--no-sandbox'], true)).toBeNull();
  });
});
