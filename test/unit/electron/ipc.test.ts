import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';

vi.mock('electron', () => ({}));

import { channelNames } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { registerIpc } from '../../../electron/main/ipc';
import { trustedSenderCheck } from '../../../electron/main/trustedSender';
import type { RendererSource } from '../../../electron/main/rendererSource';
import { openApp, type App } from '../../../electron/app/openApp';
import { tempDataDir } from '../../helpers/testApp';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const handle = vi.fn((channel: string, listener: Handler) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    handlers.set(channel, listener);
  });
  return { handle, handlers };
}

const event = {} as IpcMainInvokeEvent;
const silent = () => undefined;

describe('registerIpc', () => {
  it("registers exactly the contract's channels, each once", () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, vi.fn(), () => true, silent);
    expect(new Set(ipcMain.handlers.keys())).toEqual(new Set(channelNames));
    expect(ipcMain.handle).toHaveBeenCalledTimes(channelNames.length);
  });

  it('refuses an untrusted sender without calling invoke', async () => {
    const ipcMain = fakeIpcMain();
    const invoke = vi.fn();
    registerIpc(ipcMain, invoke, () => false, silent);
    const result = await ipcMain.handlers.get('office.get')!(event, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('passes a trusted call to invoke and returns its answer unchanged', async () => {
    const ipcMain = fakeIpcMain();
    const answer: Result<unknown> = { ok: true, value: { id: 7 } };
    const invoke = vi.fn(async () => answer);
    registerIpc(ipcMain, invoke, () => true, silent);
    const input = { id: 7 };
    await expect(ipcMain.handlers.get('complaints.get')!(event, input)).resolves.toBe(answer);
    expect(invoke).toHaveBeenCalledWith('complaints.get', input, undefined);
  });

  it("hands a write's request id on to invoke beside its input", async () => {
    const ipcMain = fakeIpcMain();
    const invoke = vi.fn(async () => ({ ok: true, value: null }) as Result<unknown>);
    registerIpc(ipcMain, invoke, () => true, silent);
    await ipcMain.handlers.get('complaints.create')!(event, { content: '漏水' }, 'c2f3a0e4-0000-4000-8000-000000000001');
    expect(invoke).toHaveBeenCalledWith('complaints.create', { content: '漏水' }, 'c2f3a0e4-0000-4000-8000-000000000001');
  });

  it('turns a throwing invoke into an internal error instead of a rejection', async () => {
    const ipcMain = fakeIpcMain();
    const log = vi.fn();
    registerIpc(ipcMain, vi.fn(async () => Promise.reject(new Error('disk on fire'))), () => true, log);
    const result = await ipcMain.handlers.get('staff.list')!(event, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns a throwing sender check into an internal error without calling invoke', async () => {
    const ipcMain = fakeIpcMain();
    const invoke = vi.fn();
    registerIpc(ipcMain, invoke, () => {
      throw new Error('frame disposed');
    }, silent);
    const result = await ipcMain.handlers.get('staff.list')!(event, {});
    expect(!result.ok && result.error.code).toBe('internal');
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('trustedSenderCheck', () => {
  const rendererDir = resolve('/opt/taizhang/out/renderer');
  const appPage = 'app://taizhang/index.html';
  const source: RendererSource = { kind: 'built', rendererDir };
  const appContents = { id: 1 } as unknown as WebContents;
  const check = trustedSenderCheck(() => appContents, source);

  function from(sender: unknown, frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent {
    return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
  }

  it("trusts the app window's main frame on the app page, on any hash route", () => {
    expect(check(from(appContents, { url: appPage, parent: null }))).toBe(true);
    expect(check(from(appContents, { url: `${appPage}#/complaints/3`, parent: null }))).toBe(true);
  });

  it('refuses another webContents, a subframe, a vanished frame and a foreign page', () => {
    expect(check(from({ id: 2 }, { url: appPage, parent: null }))).toBe(false);
    expect(check(from(appContents, { url: appPage, parent: { url: appPage } }))).toBe(false);
    expect(check(from(appContents, null))).toBe(false);
    expect(check(from(appContents, { url: 'https://evil.example/', parent: null }))).toBe(false);
    expect(check(from(appContents, { url: pathToFileURL(resolve('/tmp/evil.html')).href, parent: null }))).toBe(false);
    expect(check(from(appContents, { url: 'app://evil/index.html', parent: null }))).toBe(false);
  });

  it('refuses the built page itself when it is shown from file:// rather than app://', () => {
    const filePage = pathToFileURL(resolve(rendererDir, 'index.html')).href;
    expect(check(from(appContents, { url: filePage, parent: null }))).toBe(false);
    expect(check(from(appContents, { url: `${filePage}#/complaints/3`, parent: null }))).toBe(false);
  });

  it('refuses everything when the window is gone, and when touching the frame throws', () => {
    expect(trustedSenderCheck(() => null, source)(from(appContents, { url: appPage, parent: null }))).toBe(false);
    const disposed = {
      sender: appContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(check(disposed)).toBe(false);
  });

  it('in development trusts the dev server origin only', () => {
    const dev = trustedSenderCheck(() => appContents, { kind: 'dev', url: 'http://localhost:5173' });
    expect(dev(from(appContents, { url: 'http://localhost:5173/#/rooms', parent: null }))).toBe(true);
    expect(dev(from(appContents, { url: 'http://localhost:5174/', parent: null }))).toBe(false);
    expect(dev(from(appContents, { url: appPage, parent: null }))).toBe(false);
  });
});

describe('registerIpc over the real application', () => {
  let app: App;
  let data: ReturnType<typeof tempDataDir>;
  const ipcMain = fakeIpcMain();

  beforeAll(async () => {
    data = tempDataDir('taizhang-ipc-');
    app = await openApp({ dataDir: data.dir });
    registerIpc(ipcMain, app.invoke, () => true, silent);
  });

  it('refuses a staff channel while nobody is signed in', async () => {
    const result = await ipcMain.handlers.get('departments.list')!(event, {});
    expect(!result.ok && result.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
    await ipcMain.handlers.get('auth.setup')!(event, { name: '林经理', password: 'manager-pass' });
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  it('answers a declared channel with its value', async () => {
    const result = await ipcMain.handlers.get('departments.list')!(event, {});
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray(result.value)).toBe(true);
  });

  it('answers bad input with the structured invalid_input error', async () => {
    const result = await ipcMain.handlers.get('complaints.get')!(event, { id: 'not a number' });
    expect(!result.ok && result.error.code).toBe('invalid_input');
  });
});
