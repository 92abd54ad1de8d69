import { useAuthActions } from './authStatus';
import { useIdleLock } from './useIdleLock';

/** Mounted only while someone is signed in, so every sign-in starts a fresh idle count. */
export function IdleLock({ minutes }: { minutes: number }) {
  const { lock } = useAuthActions();
  useIdleLock(minutes, () => void lock());
  return null;
}
