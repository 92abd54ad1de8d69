import type { ChannelGroup } from '../../shared/contract/channel';
import type { DataFolderKind } from '../../shared/domain/dataFolder';
import { wrongFolder } from './dataFolder/dataFolderKind';
import { DomainError, RecordedRefusal, type Result } from '../../shared/contract/errors';
import { parseChannelInput } from '../../shared/contract/validate';
import type { Authorize } from './auth/authorize';
import type { Actor } from './auth/session';
import type { AppContext } from './context';
import { inTransaction } from './db/transaction';
import { runInScope } from './db/callScope';
import { requestOnce } from './requests/requestOnce';
import { isRequestId } from '../../shared/contract/requestId';

/** `requestId`: the client's id of one user action on a write channel; a repeat of it gets the first answer. */
export type Invoke = (channel: string, rawInput: unknown, requestId?: unknown) => Promise<Result<unknown>>;

type AnyHandler = (input: unknown, actor: Actor | null, ctx: AppContext) => Promise<unknown>;

/**
 * The single entry every caller goes through (Electron IPC and the loopback bridge alike):
 * known channel → caller signed in and allowed → channel made for this kind of data folder (office or head
 * office; a fresh folder takes either) → input parsed by its schema → handler, run as the channel's mode says
 * (a `write` inside one transaction opened here, handed down as `ctx.db`, once per request id; a write or job
 * first waits for the day's integrity check of the file) → `{ ok, value }`
 * or a structured zh-CN error.
 */
export function createInvoke(
  contract: ChannelGroup,
  handlers: Record<string, AnyHandler>,
  ctx: AppContext,
  authorize: Authorize,
  folderKind: () => Promise<DataFolderKind | null>,
  log: (error: unknown) => void = console.error,
): Invoke {
  const once = requestOnce(ctx.clock);
  return async (name, rawInput, requestId) => {
    const channel = typeof name === 'string' && Object.hasOwn(contract, name) ? contract[name] : undefined;
    if (!channel) {
      return { ok: false, error: { code: 'unknown_channel', message: `未知的操作:${String(name).slice(0, 60)}` } };
    }
    try {
      // Who first: a caller who may not use the channel learns nothing from its validation messages.
      const actor = await authorize(channel.access, !channel.passive, name);
      const kind = channel.folder === 'either' ? null : await folderKind();
      if (kind !== null && kind !== channel.folder) throw wrongFolder(kind, `使用“${channel.summary.replace(/^总部:/, '')}”`);
      if (requestId !== undefined && requestId !== null && !isRequestId(requestId)) {
        return { ok: false, error: { code: 'invalid_input', message: '请求编号格式不正确,操作未执行。请刷新页面后重试。' } };
      }
      const parsed = parseChannelInput(channel, rawInput);
      if (!parsed.ok) return parsed;
      // The day's integrity check runs in the background after start: a write waits for its result, and a
      // damaged file refuses it (the reads go on).
      if (channel.mode !== 'read' && !channel.beforeCheck) await ctx.startCheck.writable();
      const handler = handlers[name]!;
      // A refusal that keeps what it recorded (a failed sign-in counted) commits, then is thrown below.
      const work = (trx: typeof ctx.db) => handler(parsed.value, actor, { ...ctx, db: trx }).catch(keepRecordedRefusal);
      const transaction = (run: typeof work) => inTransaction(ctx.db, run);
      // Sign-in and first setup are never replayed: a stored answer would hand a session to whoever repeats it.
      const value =
        channel.mode !== 'write'
          ? await runInScope(channel.mode, () => handler(parsed.value, actor, ctx))
          : isRequestId(requestId) && actor && channel.access !== 'public'
            ? await once({ requestId, channel: name, staffId: actor.staffId }, transaction, work)
            : await transaction(work);
      if (value instanceof RecordedRefusal) throw value;
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toAppError(name, error, log) };
    }
  };
}

/** A recorded refusal ends the transaction as a result (committed), and is thrown once it is. */
function keepRecordedRefusal(error: unknown): RecordedRefusal {
  if (error instanceof RecordedRefusal) return error;
  throw error;
}

function toAppError(channel: string, error: unknown, log: (error: unknown) => void) {
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
