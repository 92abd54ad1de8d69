import { createContext, useContext, useMemo } from 'react';
import { roleAllows, type Access } from '../../../shared/domain/access';
import type { SignedInStaff } from '../../../shared/domain/auth/authRecords';

/** The signed-in person, provided by AuthGate to everything it shows. */
export const CurrentStaffContext = createContext<SignedInStaff | null>(null);

export interface CurrentStaff extends SignedInStaff {
  /**
   * Whether the person's role reaches `access` (shared/domain/access.ts), e.g. `allows('supervisor')`. Only for
   * hiding what would be refused: the main process checks every call again.
   */
  allows(access: Access): boolean;
}

/** Who is at the desk. Only inside <AuthGate>, which renders its children only once someone is signed in. */
export function useCurrentStaff(): CurrentStaff {
  const staff = useContext(CurrentStaffContext);
  if (!staff) throw new Error('useCurrentStaff() needs a signed-in <AuthGate> above it');
  return useMemo(() => ({ ...staff, allows: (access: Access) => roleAllows(staff.role, access) }), [staff]);
}
