import { Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import { onUnauthenticated } from '../api/client';
import { QueryErrorAlert } from '../components/QueryErrorAlert';
import { AuthLayout } from './AuthLayout';
import { authStatusKey, markSignedOut, useAuthStatus } from './authStatus';
import { CurrentStaffContext } from './currentStaff';
import { IdleLock } from './IdleLock';
import { ManagerAlertsNotice } from './ManagerAlertsNotice';
import { ChangePasswordModal } from './ChangePasswordModal';
import { FailedSignInsNotice } from './FailedSignInsNotice';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { departmentQueuePath } from '../pages/departmentQueue/departmentQueuePath';

/**
 * Shows the ledgers only to a signed-in person: the first-start screen while no account exists, the sign-in
 * screen while nobody is signed in (or the screen is locked), otherwise the children. Any call refused as
 * unauthenticated, from any page, brings the sign-in screen back.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const status = useAuthStatus();
  const [openAlerts, setOpenAlerts] = useState(0);
  const [failedSignIns, setFailedSignIns] = useState<SignInResult['failedSignIns']>([]);
  const [mustChangePassword, setMustChangePassword] = useState(false);

  useEffect(() => onUnauthenticated(() => markSignedOut(queryClient, 'keep')), [queryClient]);

  const signedIn = status.data?.signedIn ?? null;
  // The poll brings a new object every time; the pages need a new value only when the person or their role changes.
  const staffKey = signedIn && `${signedIn.staffId}:${signedIn.role}:${signedIn.name}:${signedIn.departmentName}`;
  const staff = useMemo(() => signedIn, [staffKey]);

  const completeSignIn = (result: SignInResult) => {
    const before = queryClient.getQueryData<AuthStatus>(authStatusKey);
    // Nothing read for the previous person may show to the next one.
    queryClient.getMutationCache().clear();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.status' });
    queryClient.setQueryData<AuthStatus>(authStatusKey, (old) =>
      old ? { ...old, needsSetup: false, signedIn: result.staff, lockedFor: null } : old,
    );
    void queryClient.invalidateQueries({ queryKey: authStatusKey });
    // Back from a lock: carry on where one was. Someone else: start at the desk, a department's worker at their queue.
    if (before?.lockedFor?.staffId !== result.staff.staffId) navigate(result.staff.role === 'departmentStaff' ? departmentQueuePath : '/desk');
    setOpenAlerts(result.openAlerts);
    setFailedSignIns(result.failedSignIns);
    setMustChangePassword(result.mustChangePassword);
  };

  if (!status.data) {
    return (
      <AuthLayout title="正在连接台账服务">
        {status.isError ? <QueryErrorAlert error={status.error} onRetry={() => void status.refetch()} /> : <Spin />}
      </AuthLayout>
    );
  }
  if (status.data.needsSetup) return <SetupScreen status={status.data} onSignedIn={completeSignIn} />;
  if (!staff) return <SignInScreen key={status.data.lockedFor?.staffId ?? 0} status={status.data} onSignedIn={completeSignIn} />;
  return (
    <CurrentStaffContext.Provider value={staff}>
      <IdleLock minutes={status.data.idleLockMinutes} />
      {children}
      {mustChangePassword && <ChangePasswordModal open required onClose={() => setMustChangePassword(false)} />}
      {!mustChangePassword && failedSignIns.length > 0 && <FailedSignInsNotice failures={failedSignIns} onClose={() => setFailedSignIns([])} />}
      {!mustChangePassword && failedSignIns.length === 0 && openAlerts > 0 && <ManagerAlertsNotice count={openAlerts} onClose={() => setOpenAlerts(0)} />}
    </CurrentStaffContext.Provider>
  );
}
