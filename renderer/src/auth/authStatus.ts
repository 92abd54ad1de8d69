import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { SignedInStaff, AuthStatus } from '../../../shared/domain/auth/authRecords';
import { call, errorMessage } from '../api/client';
import { useChannelQuery } from '../api/queries';
import { flushDrafts } from '../forms/dirtyForms';

/** The key useChannelQuery gives auth.status, for reading and writing the cached answer directly. */
export const authStatusKey = ['auth.status', {}] as const;

/**
 * Polled so a lock decided elsewhere (the main process's own idle clock) shows within half a minute. auth.status
 * does not count as activity on the server, so the polling never keeps the desk awake.
 */
export function useAuthStatus() {
  return useChannelQuery('auth.status', {}, { refetchInterval: 30_000, staleTime: 0 });
}

type QueryClient = ReturnType<typeof useQueryClient>;

/** Show the sign-in screen at once, then let the server say who (if anyone) the screen is locked for. */
export function markSignedOut(queryClient: QueryClient, lockedFor: SignedInStaff | null | 'keep'): void {
  queryClient.setQueryData<AuthStatus>(authStatusKey, (old) =>
    old ? { ...old, signedIn: null, lockedFor: lockedFor === 'keep' ? (old.lockedFor ?? old.signedIn) : lockedFor } : old,
  );
  void queryClient.invalidateQueries({ queryKey: authStatusKey });
}

/** 锁屏 and 退出登录, for the header and the idle timer. */
export function useAuthActions() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const current = () => queryClient.getQueryData<AuthStatus>(authStatusKey)?.signedIn ?? null;

  // A form's draft is written before the session ends: after it, the main process would refuse it.
  const lock = async () => {
    const staff = current();
    try {
      await flushDrafts();
      await call('auth.lock', {});
      markSignedOut(queryClient, staff);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const signOut = async () => {
    try {
      await flushDrafts();
      await call('auth.signOut', {});
      markSignedOut(queryClient, null);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return { lock, signOut };
}
