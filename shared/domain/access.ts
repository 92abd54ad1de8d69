import type { StaffRole } from './office/office';

/**
 * Who may call a channel: anyone (sign-in itself), anyone signed in including a department's own staff
 * (`department`: their work-order queue), the office's desk staff and up (`staff`), or a supervisor/manager and up.
 * Checked in the main process for every call; the UI reads the same table only to hide what would be refused.
 */
export type Access = 'public' | 'department' | 'staff' | 'supervisor' | 'manager';

const roleRank: Record<StaffRole, number> = { departmentStaff: 1, clerk: 2, supervisor: 3, manager: 4 };
const accessRank: Record<Access, number> = { public: 0, department: 1, staff: 2, supervisor: 3, manager: 4 };

export function roleAllows(role: StaffRole, access: Access): boolean {
  return roleRank[role] >= accessRank[access];
}

/** Whether `role` is `required` or above it (主管 reaches 前台/客服; 部门员工 reaches nothing above itself). */
export function roleReaches(role: StaffRole, required: StaffRole): boolean {
  return roleRank[role] >= roleRank[required];
}

export const accessLabels: Record<Exclude<Access, 'public' | 'department'>, string> = {
  staff: '前台/客服或以上',
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
