import { createRequire } from 'node:module';

/**
 * A package loaded the first time it is needed, not with the app: what only one rarely used feature needs (the
 * report's charts, head office's PostgreSQL driver) would otherwise weigh on the main process all day.
 */
export function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(import.meta.url)(specifier) as T);
}
