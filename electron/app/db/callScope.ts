import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChannelMode } from '../../../shared/contract/channel';

/**
 * What the code running now may do with the connection, followed through awaits: inside a transaction only the
 * transaction's handle may be used (the connection is taken: a query on the app's handle would wait for ever),
 * and a `read` channel may not write. Both are caught when the statement is prepared, as a programming error.
 */
interface CallScope {
  mode: ChannelMode | 'transaction';
}

const scope = new AsyncLocalStorage<CallScope>();

export function runInScope<T>(mode: CallScope['mode'], work: () => Promise<T>): Promise<T> {
  return scope.run({ mode }, work);
}

export function insideTransaction(): boolean {
  return scope.getStore()?.mode === 'transaction';
}

export function readingOnly(): boolean {
  return scope.getStore()?.mode === 'read';
}
