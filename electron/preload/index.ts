import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../../shared/contract/channels';
import { exposedApiKey, type ExposedApi } from '../../shared/contract/exposedApi';
import type { Result } from '../../shared/contract/errors';

/**
 * The renderer's only door to main: one `invoke`, restricted to the declared channels. ipcRenderer itself is
 * never handed over, so a compromised page cannot reach any other channel.
 */
const api: ExposedApi = {
  invoke(channel: string, input: unknown, requestId?: string): Promise<Result<unknown>> {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: '未知的操作' } });
    }
    // Main answers every call with a Result; a rejection means IPC itself broke (e.g. the window is closing).
    return (ipcRenderer.invoke(channel, input, requestId) as Promise<Result<unknown>>).catch(() => ({
      ok: false,
      error: { code: 'internal', message: '与主程序的连接中断,操作未完成。请重试。' },
    }));
  },
};

contextBridge.exposeInMainWorld(exposedApiKey, api);
