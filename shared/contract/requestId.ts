/**
 * A write call's request id: made by the client once per user action (a click, an Enter) and sent again with every
 * repeat of that action, so the main process answers the repeat with the first answer and creates nothing.
 */
export const requestIdPattern = /^[A-Za-z0-9-]{8,64}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && requestIdPattern.test(value);
}

/** A fresh id; crypto.randomUUID exists in the window and in Node alike. */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}
