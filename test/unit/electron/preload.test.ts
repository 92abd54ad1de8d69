import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExposedApi } from '../../../shared/contract/exposedApi';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

let api: ExposedApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as ExposedApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('preload', () => {
  it("exposes one object under 'taizhang' whose only member is invoke", () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('taizhang');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('refuses an undeclared channel without touching IPC', async () => {
    for (const channel of ['shell.openExternal', 'constructor', '__proto__', 'office.get ', '']) {
      await expect(api.invoke(channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'unknown_channel', message: '未知的操作' },
      });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards a declared channel and its input, and returns the answer', async () => {
    const answer = { ok: true, value: [] };
    electron.ipcRenderer.invoke.mockResolvedValue(answer);
    const input = { building: '3' };
    await expect(api.invoke('rooms.list', input)).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('rooms.list', input, undefined);
  });

  it("forwards a write's request id beside its input", async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    await api.invoke('calls.create', { matter: '停水' }, 'a1b2c3d4-request');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('calls.create', { matter: '停水' }, 'a1b2c3d4-request');
  });

  it('turns a broken IPC call into a structured error', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'office.get'"));
    const result = await api.invoke('office.get', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
  });
});
