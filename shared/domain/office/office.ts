import { enumKeys, type LabelledEnum } from '../labels';

/** 部门员工: a department's own worker (工程部 etc.), who only sees and works its department's orders. */
export const staffRoles = {
  departmentStaff: '部门员工',
  clerk: '前台/客服',
  supervisor: '主管',
  manager: '经理/主任',
} as const satisfies LabelledEnum<string>;
export type StaffRole = keyof typeof staffRoles;
export const staffRoleKeys = enumKeys(staffRoles);

/** DOMAIN.md "People and places": the departments a new office starts with. */
export const defaultDepartments = [
  '客户服务部',
  '工程部(运行维护部)',
  '秩序维护部(保安部)',
  '保洁部',
  '绿化部',
  '会所',
  '财务部',
  '营销部',
] as const;

/** How a room is written on forms and typed at the desk: 楼栋-单元-房号, e.g. 3-1-1502. */
export function roomLabel(building: string, unit: string, roomNo: string): string {
  return [building, unit, roomNo].filter((part) => part !== '').join('-');
}
