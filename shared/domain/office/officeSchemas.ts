import { z } from 'zod';
import { staffRoleKeys } from './office';
import { optionalPhone, optionalText, paging, recordId, requiredText } from '../fieldSchemas';

export const officeInput = z.strictObject({
  name: requiredText(60, '请填写管理处名称'),
  companyName: requiredText(60, '请填写公司名称'),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,12}$/, { error: '管理处代码为 2–12 位大写字母或数字,如 GZ01' }),
});
export type OfficeInput = z.infer<typeof officeInput>;

export const departmentInput = z.strictObject({
  id: recordId.optional(),
  name: requiredText(30, '请填写部门名称'),
  active: z.boolean().default(true),
});

export const staffInput = z.strictObject({
  id: recordId.optional(),
  name: requiredText(20, '请填写员工姓名'),
  departmentId: recordId,
  role: z.enum(staffRoleKeys, { error: '请选择岗位角色' }),
  phone: optionalPhone,
  active: z.boolean().default(true),
});

const ownerInput = z.strictObject({
  name: requiredText(40, '请填写业主姓名'),
  phone: optionalPhone,
});

const roomPart = (label: string) =>
  z.string().trim().min(1, { error: `请填写${label}` }).max(12).regex(/^[^-\s]+$/, { error: `${label}中不能有横线或空格` });

export const roomInput = z.strictObject({
  id: recordId.optional(),
  building: roomPart('楼栋'),
  unit: roomPart('单元'),
  roomNo: roomPart('房号'),
  owners: z.array(ownerInput).max(6, { error: '一户最多登记 6 位业主' }).default([]),
  note: optionalText(200),
});

export const roomListInput = z.strictObject({
  building: optionalText(12),
  q: optionalText(40),
  ...paging,
});

export const roomLookupInput = z.strictObject({
  q: z.string().trim().min(1, { error: '请输入房号或业主姓名' }).max(40),
  limit: z.number().int().min(1).max(50).default(10),
});
