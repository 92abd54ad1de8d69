import type { Result } from './errors';

/**
 * What the preload puts on `window.taizhang`: one generic call, restricted to the declared channels.
 * In a browser run (the loopback bridge) it is absent and the client speaks HTTP instead.
 */
export interface ExposedApi {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

export const exposedApiKey = 'taizhang';
