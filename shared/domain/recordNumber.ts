/** Ledger prefixes of office-unique record numbers such as TS-202611-0007. */
export const recordPrefixes = {
  complaint: 'TS',
  /** 派工单 */
  workOrder: 'PG',
  /** 纠正/预防措施报告 */
  capaReport: 'JZ',
  /** 报修单 */
  repair: 'BX',
  /** 客户来电记录 */
  callLog: 'LD',
  /** 客户投诉巡查记录表 */
  inspection: 'XC',
  /** 回访记录 */
  revisit: 'HF',
  /** 收据、发票遗失声明 */
  lossDeclaration: 'YS',
} as const;
export type RecordKind = keyof typeof recordPrefixes;

/** `period` is YYYYMM; the sequence is padded to 4 digits and simply grows past 9999. */
export function formatRecordNumber(kind: RecordKind, period: string, sequence: number): string {
  return `${recordPrefixes[kind]}-${period}-${String(sequence).padStart(4, '0')}`;
}

export const recordNumberPattern = /^[A-Z]{2,4}-\d{6}-\d{4,}$/;
