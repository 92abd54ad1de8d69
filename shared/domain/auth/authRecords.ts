import type { DataFolderKind } from '../dataFolder';
import type { StaffRole } from '../office/office';

/** What sign-in answers. */
export interface SignedInStaff {
  staffId: number;
  name: string;
  role: StaffRole;
  departmentName: string;
}

export interface AuthStatus {
  /** No one can sign in yet: the first manager account must be created. */
  needsSetup: boolean;
  signedIn: SignedInStaff | null;
  /** Who was signed in when the screen locked, to offer them first. */
  lockedFor: SignedInStaff | null;
  idleLockMinutes: number;
  /** Staff who have a password and may sign in. */
  accounts: { staffId: number; name: string; role: StaffRole; departmentName: string }[];
  /** Managers without a password, who may be chosen for the first account. */
  setupCandidates: { staffId: number; name: string }[];
  /** What this data folder is; null until it is set up (the first-start screen offers both). */
  folderKind: DataFolderKind | null;
}

export interface SignInResult {
  staff: SignedInStaff;
  /** Unacknowledged alerts, for a manager's sign-in. */
  openAlerts: number;
  /** Failed sign-ins no manager was shown yet, by account (a manager's sign-in shows them once). */
  failedSignIns: { staffName: string; count: number; lastAt: string }[];
  /** The secret is weaker than the role needs: nothing is allowed until it is changed. */
  mustChangePassword: boolean;
}
