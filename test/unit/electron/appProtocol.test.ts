import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('electron', () => ({}));

import { contentSecurityPolicy } from '../../../shared/contract/csp';
import { appFileHandler, registerAppScheme, requestedSegments, serveAppProtocol } from '../../../electron/main/appProtocol';
import { FakeProtocol } from './fakeElectron';

/**
 * A real folder: <temp>/renderer is the built renderer; <temp>/secret.txt and <temp>/outside/ sit next to it, where
 * no app:// address may reach, by any spelling or through a link.
 */
let temp: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;
const secret = 'SECRET-不应被读取';

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'taizhang-app-protocol-'));
  rendererDir = join(temp, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>物业台账</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'NotoSansSC.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(temp, 'secret.txt'), secret);
  mkdirSync(join(temp, 'outside'));
  writeFileSync(join(temp, 'outside', 'page.html'), secret);
  // Links out of the folder (a file and a directory) and one that stays inside.
  symlinkSync(join(temp, 'secret.txt'), join(rendererDir, 'assets', 'escape.txt'));
  symlinkSync(join(temp, 'outside'), join(rendererDir, 'linked'));
  symlinkSync(join(rendererDir, 'assets', 'index-abc.js'), join(rendererDir, 'alias.js'));
  serve = appFileHandler(rendererDir);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Node's Request refuses URLs with credentials, Chromium's hands them on: a bare { url, method } stands in for any.
const get = (url: string, method = 'GET') => serve({ url, method } as Request);

describe('registering app://', () => {
  it('asks for a standard, secure, fetchable scheme named app', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('hands the scheme a handler that serves the given folder', async () => {
    const protocol = new FakeProtocol();
    serveAppProtocol(protocol, rendererDir);
    const response = await protocol.handlers.get('app')!(new Request('app://taizhang/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('物业台账');
  });
});

describe('serving the built renderer', () => {
  it('answers index.html, also for the bare origin, as UTF-8 HTML with the CSP header', async () => {
    for (const url of ['app://taizhang/index.html', 'app://taizhang/', 'app://taizhang', 'app://taizhang/index.html#/desk', 'app://TAIZHANG/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
      expect(await response.text(), url).toBe('<!doctype html><title>物业台账</title>');
    }
  });

  it('answers assets with their content type and the CSP', async () => {
    const cases = [
      ['app://taizhang/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://taizhang/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://taizhang/assets/index-abc.js?v=2', 'text/javascript; charset=utf-8', 'console.log(1)'],
      // A link that stays inside the folder is followed.
      ['app://taizhang/alias.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ] as const;
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).toBe(body);
    }
    const font = await get('app://taizhang/assets/NotoSansSC.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://taizhang/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://taizhang/index.html', 'POST')).status).toBe(405);
  });

  it('answers 404 for what is not there: a missing file, a folder, a trailing slash', async () => {
    for (const url of ['app://taizhang/missing.js', 'app://taizhang/assets', 'app://taizhang/assets/', 'app://taizhang/assets/index-abc.js/']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});

describe('refusing what is not the built renderer', () => {
  async function expectRefused(url: string) {
    const response = await get(url);
    expect(response.status, url).toBe(404);
    expect(await response.text(), url).not.toContain(secret);
  }

  it('refuses climbing out of the folder, however the dots and slashes are spelled', async () => {
    for (const url of [
      'app://taizhang/../secret.txt',
      'app://taizhang/assets/../../secret.txt',
      'app://taizhang/%2e%2e/secret.txt',
      'app://taizhang/%2e%2e%2fsecret.txt',
      'app://taizhang/%2E%2E%2Fsecret.txt',
      'app://taizhang/assets%2f%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://taizhang/..%2fsecret.txt',
      'app://taizhang/.%2e%2fsecret.txt',
      'app://taizhang/%2e%2e%5csecret.txt',
      'app://taizhang/..%5Csecret.txt',
      'app://taizhang/assets\\..\\..\\secret.txt',
      'app://taizhang/%252e%252e%252fsecret.txt',
      'app://taizhang/%2e%2e%2foutside%2fpage.html',
    ]) {
      await expectRefused(url);
    }
  });

  it('refuses absolute paths, drive letters, NUL and malformed escapes', async () => {
    for (const url of [
      `app://taizhang/${encodeURIComponent(join(temp, 'secret.txt'))}`,
      `app://taizhang/${join(temp, 'secret.txt').replace(/^\//, '%2f')}`,
      `app://taizhang/${join(temp, 'secret.txt').split('/').map(encodeURIComponent).join('/').replace(/^\//, '/')}`.replace('app://taizhang/', 'app://taizhang//'),
      'app://taizhang/C:%5cWindows%5cwin.ini',
      'app://taizhang/C:/Windows/win.ini',
      'app://taizhang/index.html%00.js',
      'app://taizhang/index.html::$DATA',
      'app://taizhang/%E0%A4%A',
    ]) {
      await expectRefused(url);
    }
  });

  it('refuses other hosts, ports, credentials and schemes', async () => {
    for (const url of [
      'app://other/index.html',
      'app://taizhang.evil/index.html',
      'app://taizhang:8080/index.html',
      'app://user:pass@taizhang/index.html',
      'app:///index.html',
      'file:///etc/passwd',
      'https://taizhang/index.html',
    ]) {
      await expectRefused(url);
    }
  });

  it('refuses a link that leads out of the folder, to a file or through a linked folder', async () => {
    await expectRefused('app://taizhang/assets/escape.txt');
    await expectRefused('app://taizhang/linked/page.html');
  });
});

/** The address check alone: the folder checks behind it must not be what saves the day. */
describe('reading an app:// address', () => {
  it('takes the decoded path segments of app://taizhang, index.html for the bare origin', () => {
    expect(requestedSegments('app://taizhang/assets/index-abc.js')).toEqual(['assets', 'index-abc.js']);
    expect(requestedSegments('app://taizhang/assets/%E5%B0%81%E9%9D%A2.png')).toEqual(['assets', '封面.png']);
    expect(requestedSegments('app://taizhang/')).toEqual(['index.html']);
    expect(requestedSegments('app://taizhang')).toEqual(['index.html']);
  });

  it('refuses dot segments, separators and roots in any encoding', () => {
    for (const url of [
      'app://taizhang/%2e%2e%2fsecret.txt',
      'app://taizhang/assets%2f%2e%2e%2fsecret.txt',
      'app://taizhang/..%5csecret.txt',
      'app://taizhang/assets\\..\\secret.txt',
      'app://taizhang/assets%5cindex-abc.js',
      'app://taizhang/.%2findex.html',
      'app://taizhang//etc/passwd',
      'app://taizhang/%2fetc%2fpasswd',
      'app://taizhang/C:%5cWindows',
      'app://taizhang/C:/Windows/win.ini',
      'app://taizhang/index.html::$DATA',
      'app://taizhang/index.html%00',
      'app://taizhang/%E0%A4%A',
      'app://other/index.html',
    ]) {
      expect(requestedSegments(url), url).toBeNull();
    }
  });
});
