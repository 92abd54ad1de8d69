import { z } from 'zod';
import { enumKeys, type LabelledEnum } from '../labels';
import { localDate, localDateTime, optionalText, paging, recordId, requiredText } from '../fieldSchemas';
import type { HistoryEntry } from '../records';
import { exportOptions } from '../listExport';
import type { RecordNumbering } from '../recordNumber';

/**
 * 客户投诉巡查记录表 (DOMAIN.md §5, seed 002): an on-site check made for a complaint. 巡查结果 is what was found
 * and done; its outcome says whether someone still has to go back (the room page highlights those).
 */
export const inspectionOutcomes = {
  resolved: '问题已解决',
  followUp: '需继续跟进',
  notConfirmed: '未发现所述问题',
} as const satisfies LabelledEnum<string>;
export type InspectionOutcome = keyof typeof inspectionOutcomes;
export const inspectionOutcomeKeys = enumKeys(inspectionOutcomes);

/** Only a check that left work behind keeps the record open. */
export const isOpenInspection = (outcome: InspectionOutcome): boolean => outcome === 'followUp';

const inspectionFields = {
  inspectedAt: localDateTime,
  place: requiredText(100, '请填写巡查地点'),
  inspectorStaffId: recordId,
  findings: requiredText(2000, '请填写巡查情况'),
  followUp: optionalText(1000),
  outcome: z.enum(inspectionOutcomeKeys, { error: '请选择巡查结果' }),
};

export const inspectionInput = z
  .strictObject({ complaintId: recordId, ...inspectionFields })
  .superRefine((input, ctx) => {
    if (input.outcome === 'followUp' && !input.followUp) {
      ctx.addIssue({ code: 'custom', path: ['followUp'], message: '需继续跟进时请写明跟进措施' });
    }
  });
export type InspectionInput = z.output<typeof inspectionInput>;

/** 更正: the fields given change; a reason is kept in the history. */
export const inspectionEditInput = z.strictObject({
  id: recordId,
  inspectedAt: inspectionFields.inspectedAt.optional(),
  place: inspectionFields.place.optional(),
  inspectorStaffId: recordId.optional(),
  findings: inspectionFields.findings.optional(),
  followUp: inspectionFields.followUp.optional(),
  outcome: inspectionFields.outcome.optional(),
  reason: requiredText(200, '请填写更正原因'),
});
export type InspectionEditInput = z.output<typeof inspectionEditInput>;

export const inspectionListInput = z.strictObject({
  complaintId: recordId.nullish(),
  from: localDate.nullish(),
  to: localDate.nullish(),
  outcome: z.enum(inspectionOutcomeKeys).nullish(),
  q: optionalText(40),
  ...paging,
});
export type InspectionListQuery = z.output<typeof inspectionListInput>;

export interface InspectionRecord {
  id: number;
  /** XC-202611-0001 */
  number: string;
  complaintId: number;
  complaintNumber: string;
  /** 客户姓名 as the complaint has it: 匿名 stays 匿名. */
  customerName: string;
  complaintReceivedAt: string;
  complaintContent: string;
  roomId: number | null;
  roomLabel: string | null;
  inspectedAt: string;
  place: string;
  inspectorStaffId: number;
  inspectorName: string;
  findings: string;
  followUp: string | null;
  outcome: InspectionOutcome;
  revision: number;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export type InspectionListItem = Omit<InspectionRecord, 'complaintContent'> & { complaintExcerpt: string };

export interface InspectionDetail {
  inspection: InspectionRecord;
  history: HistoryEntry[];
}

// The other ledgers' lists (issue 8): each export takes exactly the list's own filter.
export const inspectionExportInput = inspectionListInput.extend(exportOptions);

/** 客户投诉巡查记录: XC-YYYYMM-NNNN. */
export const inspectionNumbering = { prefix: 'XC', entity: 'inspection' } as const satisfies RecordNumbering;
