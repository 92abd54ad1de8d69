import type { StaffRole } from './office/office';

/**
 * Who may call a channel: anyone (sign-in itself), any signed-in staff member, or a supervisor/manager and up.
 * Checked in the main process for every call; the UI reads the same table only to hide what would be refused.
 */
export type Access = 'public' | 'staff' | 'supervisor' | 'manager';

const roleRank: Record<StaffRole, number> = { clerk: 1, supervisor: 2, manager: 3 };
const accessRank: Record<Access, number> = { public: 0, staff: 1, supervisor: 2, manager: 3 };

export function roleAllows(role: StaffRole, access: Access): boolean {
  return roleRank[role] >= accessRank[access];
}

export const accessLabels: Record<Exclude<Access, 'public' | 'staff'>, string> = {
  supervisor: '主管或经理',
  manager: '经理/主任',
};

/** A PIN of at least 4 digits or a password of at least 6 characters. */
export const minimumPinLength = 4;

/**
 * A supervisor's or manager's secret guards approvals, restores and head office: at least 8 characters, not
 * digits alone (a 4-digit PIN falls to guessing). Any role at or above a supervisor's needs one.
 */
export const strongSecretLength = 8;
export function needsStrongSecret(role: StaffRole): boolean {
  return roleAllows(role, 'supervisor');
}
export function isStrongSecret(secret: string): boolean {
  return secret.length >= strongSecretLength && !/^\d+$/.test(secret);
}
export const strongSecretRule = `主管和经理/主任的密码至少 ${strongSecretLength} 位,且不能全是数字`;
