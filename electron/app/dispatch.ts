import { channelFolder, channels, isChannelName, passiveChannels, type ChannelName } from '../../shared/contract/channels';
import type { DataFolderKind } from '../../shared/domain/dataFolder';
import { wrongFolder } from './dataFolder/dataFolderKind';
import { DomainError, type Result } from '../../shared/contract/errors';
import { parseInput } from '../../shared/contract/validate';
import type { Authorize } from './auth/authorize';
import type { Handlers } from './handlers';

export type Invoke = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/**
 * The single entry every caller goes through (Electron IPC and the loopback bridge alike):
 * known channel → caller signed in and allowed → channel made for this kind of data folder (office or head
 * office; a fresh folder takes either) → input parsed by its schema → handler →
 * `{ ok, value }` or a structured zh-CN error.
 */
export function createInvoke(
  handlers: Handlers,
  authorize: Authorize,
  folderKind: () => Promise<DataFolderKind | null>,
  log: (error: unknown) => void = console.error,
): Invoke {
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `未知的操作:${String(channel).slice(0, 60)}` } };
    }
    try {
      // Who first: a caller who may not use the channel learns nothing from its validation messages.
      const actor = await authorize(channels[channel].access, !passiveChannels.has(channel));
      const wanted = channelFolder(channel);
      const kind = wanted === 'either' ? null : await folderKind();
      if (kind !== null && kind !== wanted) throw wrongFolder(kind, `使用“${channels[channel].summary.replace(/^总部:/, '')}”`);
      const parsed = parseInput(channel, rawInput);
      if (!parsed.ok) return parsed;
      const handler = handlers[channel] as (input: unknown, actor: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.value, actor) };
    } catch (error) {
      return { ok: false, error: toAppError(channel, error, log) };
    }
  };
}

function toAppError(channel: ChannelName, error: unknown, log: (error: unknown) => void) {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  if (isBusy(error)) {
    return { code: 'conflict' as const, message: '数据库正忙(可能有另一程序在写入),请稍后重试;本次操作未保存。' };
  }
  log(error);
  return { code: 'internal' as const, message: `操作“${channel}”失败,数据未做改动。请重试;如果反复出现,请联系管理员。` };
}

function isBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
}
