import { z } from 'zod';
import {
  complaintCategoryKeys,
  complaintChannelKeys,
  complaintSeverityKeys,
  complaintStatusKeys,
} from './complaint';
import { localDate, localDateTime, optionalPhone, optionalText, paging, recordId, requiredText } from '../fieldSchemas';
import { satisfactionLevelKeys } from './complaintLifecycle';
import { handlingClassKeys, timelinessKeys, validityFilterKeys } from '../statistics/statistics';
import { exportOptions } from '../listExport';
import { paperNumberField } from '../paperForms/paperForms';

/** The intake fields of the 业主投诉处理记录表 (DOMAIN.md §1). */
export const complaintIntakeFields = z.strictObject({
  anonymous: z.boolean().default(false),
  complainantName: optionalText(40),
  roomId: recordId.nullish().transform((value) => value ?? null),
  roomText: optionalText(40),
  phone: optionalPhone,
  address: optionalText(200),
  receivedAt: localDateTime,
  channel: z.enum(complaintChannelKeys, { error: '请选择投诉方式' }),
  referralSource: optionalText(40),
  targetDepartmentId: recordId.nullish().transform((value) => value ?? null),
  targetDescription: optionalText(100),
  content: requiredText(4000, '请填写投诉内容'),
  demand: optionalText(2000),
  category: z.enum(complaintCategoryKeys, { error: '请选择投诉分类' }),
  severity: z.enum(complaintSeverityKeys, { error: '请选择严重程度' }),
  urgent: z.boolean().default(false),
});

export const complaintIntake = complaintIntakeFields
  // Entered from a blank paper form (the day the PC was down): its reserved number, typed or scanned.
  .extend({ paperNumber: paperNumberField })
  // A complaint that came in anonymously (投诉方式 匿名) is anonymous whether or not the box was ticked.
  .transform((intake) => ({ ...intake, anonymous: intake.anonymous || intake.channel === 'anonymous' }))
  .superRefine((intake, ctx) => {
    if (!intake.anonymous && !intake.complainantName) {
      ctx.addIssue({ code: 'custom', path: ['complainantName'], message: '请填写投诉人,或勾选“匿名投诉”' });
    }
    if (intake.channel === 'referral' && !intake.referralSource) {
      ctx.addIssue({ code: 'custom', path: ['referralSource'], message: '第三方转办的投诉请填写转办单位' });
    }
  });
export type ComplaintIntake = z.output<typeof complaintIntake>;

/** What a figure of the monthly statistics counts, so clicking it lists exactly those complaints. */
export const statisticsFilters = {
  /** 被投诉部门; 0 = none named. */
  departmentId: z.number().int().min(0).nullish(),
  channel: z.enum(complaintChannelKeys).nullish(),
  validity: z.enum(validityFilterKeys).nullish(),
  handling: z.enum(handlingClassKeys).nullish(),
  timeliness: z.enum(timelinessKeys).nullish(),
  /** Closed (销项 or 无效), whenever. */
  closed: z.boolean().nullish(),
  /** Given at least one approved extension. */
  extended: z.boolean().nullish(),
  /** The latest revisit's satisfaction. */
  satisfaction: z.enum(satisfactionLevelKeys).nullish(),
  /** Voided complaints never count in the statistics. */
  excludeVoided: z.boolean().nullish(),
  /** The same phone as this complaint (a repeat complainant, without the number in the address bar). */
  samePhoneAs: recordId.nullish(),
  /** Exactly this room (the `room` filter also finds every building's 1502). */
  roomLabel: optionalText(40),
};

export const complaintListInput = z.strictObject({
  from: localDate.nullish(),
  to: localDate.nullish(),
  category: z.enum(complaintCategoryKeys).nullish(),
  severity: z.enum(complaintSeverityKeys).nullish(),
  status: z.enum(complaintStatusKeys).nullish(),
  room: optionalText(40),
  q: optionalText(40),
  ...statisticsFilters,
  /** By 投诉时间: newest first (the desk's default) or oldest first. */
  order: z.enum(['newest', 'oldest']).default('newest'),
  ...paging,
  /**
   * Keyset paging: the `next` of the page before, so a page turn reads only its own rows however deep it is.
   * Without it `page` is counted from the start (a jump to a far page).
   */
  after: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\|\d+$/, { error: '翻页位置无效,请回到第一页' }).nullish(),
});
export type ComplaintListQuery = z.output<typeof complaintListInput>;

export const complaintExportInput = complaintListInput.extend(exportOptions);
