import { channels, type ChannelInput, type ChannelName, type ChannelOutput } from '../../../shared/contract/channels';
import { CallError, type Result } from '../../../shared/contract/errors';
import { exposedApiKey, type ExposedApi } from '../../../shared/contract/exposedApi';
import { newRequestId } from '../../../shared/contract/requestId';

function exposedApi(): ExposedApi | undefined {
  return (window as unknown as Record<string, ExposedApi | undefined>)[exposedApiKey];
}

/**
 * The bridge's key for this start, given in the address it printed (?key=…); kept in the tab so a reload without
 * it still works. Another program on the PC does not have it.
 */
function bridgeKey(): string {
  const fromAddress = new URLSearchParams(location.search).get('key');
  if (fromAddress) sessionStorage.setItem('taizhang-bridge-key', fromAddress);
  return fromAddress ?? sessionStorage.getItem('taizhang-bridge-key') ?? '';
}

/** Browser runs (the loopback bridge) speak HTTP; the bridge answers 200 with a Result either way. */
async function invokeOverHttp(channel: string, input: unknown, requestId: string | undefined): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Key': bridgeKey(), ...(requestId && { 'X-Request-Id': requestId }) },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接到台账服务,请确认程序仍在运行后重试。' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `台账服务返回了无法识别的结果(HTTP ${response.status}),请重试。` } };
  }
}

type UnauthenticatedListener = (error: CallError) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Told whenever a call is refused because nobody is signed in (the screen locked itself, or another window signed
 * out), so the sign-in gate can take over from any page. Returns the unsubscribe function.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** A wrong password is also 'unauthenticated', but it belongs to the sign-in form, not to the gate. */
const credentialChannels: ReadonlySet<ChannelName> = new Set<ChannelName>(['auth.signIn']);

type WriteListener = () => Promise<unknown>;
const writeListeners = new Set<WriteListener>();

/**
 * Told after every successful write, and awaited before the write's caller carries on: whatever the listener
 * refreshes already shows the saved state when the dialog closes. Returns the unsubscribe function.
 */
export function onWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/**
 * A channel declared `mode: 'write'` changed records. Sign-in and first setup (the public writes) are left out:
 * nothing is on screen before them, and the sign-in gate resets the whole cache itself.
 */
function writes(channel: ChannelName): boolean {
  const declared = channels[channel];
  return declared.mode === 'write' && declared.access !== 'public';
}

export interface CallOptions {
  /**
   * A query's own fetch: it never sets off the refresh, even on a write channel read as a query
   * (statistics.report, revisits.start), which would otherwise refetch itself without end.
   */
  fromQuery?: boolean;
  /**
   * The user action this write belongs to: a repeat of the action (a double-click, a retry) passes the same id and
   * the main process answers it with the first answer. A write without one gets a fresh id.
   */
  requestId?: string;
  /** A write that changes nothing another page shows (a draft kept while typing): no refresh after it. */
  quiet?: boolean;
}

/**
 * The one way the renderer talks to the application: typed by the contract, throws CallError on `{ ok: false }`.
 * After a write it waits for the write listeners (the query cache's refresh, see api/queries.ts).
 */
export async function call<K extends ChannelName>(channel: K, input: ChannelInput<K>, options: CallOptions = {}): Promise<ChannelOutput<K>> {
  const api = exposedApi();
  const requestId = writes(channel) && !options.fromQuery ? (options.requestId ?? newRequestId()) : undefined;
  const result = api ? await api.invoke(channel, input, requestId) : await invokeOverHttp(channel, input, requestId);
  if (!result.ok) {
    const error = new CallError(result.error);
    if (result.error.code === 'unauthenticated' && !credentialChannels.has(channel)) {
      for (const listener of unauthenticatedListeners) listener(error);
    }
    throw error;
  }
  if (!options.fromQuery && !options.quiet && writes(channel)) await Promise.all([...writeListeners].map((listener) => listener()));
  return result.value as ChannelOutput<K>;
}

/** The zh-CN text to show for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof CallError) return error.error.message;
  if (error instanceof Error && error.message) return error.message;
  return '操作失败,请重试。';
}
