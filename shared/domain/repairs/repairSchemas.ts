import { z } from 'zod';
import { paperNumberField } from '../paperForms/paperForms';
import { localDate, localDateTime, optionalPhone, optionalText, paging, recordId, requiredText } from '../fieldSchemas';
import { repairCategoryKeys, repairChargeTypeKeys, repairStatusKeys, repairUrgencyKeys, repairWorkKindKeys } from './repair';
import { yuanPattern, yuanToFen } from '../money';
import { exportOptions } from '../listExport';

/** The classification a repair needs beyond what a call already knows. */
export const repairClassification = {
  location: optionalText(100),
  category: z.enum(repairCategoryKeys, { error: '请选择报修类别' }),
  workKind: z.enum(repairWorkKindKeys, { error: '请选择维修类或非维修类' }),
  urgency: z.enum(repairUrgencyKeys, { error: '请选择紧急程度' }).default('normal'),
};

/** The intake fields of the 客户报修处理登记表 (DOMAIN.md §2). */
export const repairIntake = z.strictObject({
  reportedAt: localDateTime,
  roomId: recordId.nullish().transform((value) => value ?? null),
  roomText: optionalText(40),
  reporterName: requiredText(40, '请填写报修人'),
  phone: optionalPhone,
  content: requiredText(2000, '请填写报修内容'),
  ...repairClassification,
  /** Entered from a blank paper form (the day the PC was down): its reserved number, typed or scanned. */
  paperNumber: paperNumberField,
});
export type RepairIntake = z.output<typeof repairIntake>;

export const repairListInput = z.strictObject({
  from: localDate.nullish(),
  to: localDate.nullish(),
  status: z.enum(repairStatusKeys).nullish(),
  category: z.enum(repairCategoryKeys).nullish(),
  room: optionalText(40),
  q: optionalText(40),
  // The statistics report's filters: each figure links to exactly the repairs it counts (0 = no department yet).
  departmentId: z.number().int().min(0).nullish(),
  excludeVoided: z.boolean().nullish(),
  arrived: z.enum(['any', 'onTime', 'late']).nullish(),
  completed: z.boolean().nullish(),
  /** A department's to-do (本部门工单): dispatched, collected or in progress, the current step due soonest first. */
  queue: z.boolean().nullish(),
  ...paging,
});
export type RepairListQuery = z.output<typeof repairListInput>;

export const repairDispatchInput = z.strictObject({
  id: recordId,
  departmentId: recordId,
  assigneeStaffId: recordId,
  /** 要求完成时间; by default 非维修类 5 days, 维修类 the setting (the contract's time for the job). */
  dueAt: localDateTime.nullish(),
  instructions: optionalText(500),
});

/** 不能按时接单/到场: the assignee explains and a new time is agreed with the owner (seed 002). */
export const repairAgreeTimeInput = z.strictObject({
  id: recordId,
  agreedAt: localDateTime,
  reason: requiredText(200, '请填写不能按时赶到的原因'),
});

const money = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || '0')
  .refine((value) => yuanPattern.test(value), { error: '金额请填写数字,最多两位小数,如 35.50' })
  .transform(yuanToFen);

export const repairCompleteInput = z
  .strictObject({
    id: recordId,
    result: requiredText(2000, '请填写处理结果'),
    materials: optionalText(500),
    chargeType: z.enum(repairChargeTypeKeys, { error: '请选择收费方式' }),
    /** 元, as typed: "35.5"; stored as fen. */
    charge: money,
  })
  .superRefine((input, ctx) => {
    if (input.chargeType === 'free' && input.charge !== 0) ctx.addIssue({ code: 'custom', path: ['charge'], message: '免费维修的金额应为 0' });
    if (input.chargeType === 'priceList' && input.charge === 0) ctx.addIssue({ code: 'custom', path: ['charge'], message: '按价目表收费请填写金额' });
  });

/** seed 002: 超时处理需报主任批准 — with the reason and the new time. */
export const repairOverrunInput = z.strictObject({
  id: recordId,
  newDueAt: localDateTime,
  reason: requiredText(200, '请填写超时原因'),
});

export const repairTimersInput = z.strictObject({
  collectMinutes: z.number().int().min(1).max(240),
  onSiteMinutes: z.number().int().min(1).max(480),
  serviceDays: z.number().int().min(1).max(60),
  repairDays: z.number().int().min(1).max(60),
  revisitDays: z.number().int().min(1).max(90),
});

// The other ledgers' lists (issue 8): each export takes exactly the list's own filter.
export const repairExportInput = repairListInput.extend(exportOptions);
