import type { Result } from './errors';

/**
 * What the preload puts on `window.taizhang`: one generic call, restricted to the declared channels.
 * In a browser run (the loopback bridge) it is absent and the client speaks HTTP instead.
 */
export interface ExposedApi {
  /** `requestId` names one user action on a write channel: its repeat gets the first answer (requestId.ts). */
  invoke(channel: string, input: unknown, requestId?: string): Promise<Result<unknown>>;
}

export const exposedApiKey = 'taizhang';
