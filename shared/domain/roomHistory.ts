/** One line of a room's history: every ledger contributes its records for the room in this one shape. */
export const roomHistoryKinds = {
  complaint: '投诉',
  repair: '报修',
  revisit: '回访',
  call: '来电',
  inspection: '巡查',
  lossDeclaration: '遗失声明',
} as const;
export type RoomHistoryKind = keyof typeof roomHistoryKinds;

export interface RoomHistoryItem {
  kind: RoomHistoryKind;
  id: number;
  /** The record number as printed (TS-…, BX-…); empty for ledgers without numbers. */
  number: string;
  /** When it happened (received / called / revisited), office time 'YYYY-MM-DDTHH:mm:ss'. */
  at: string;
  /** A short excerpt of the matter, personal data already masked. */
  summary: string;
  statusLabel: string;
  /** Still needs someone to act: highlighted on the room page. */
  open: boolean;
}

/** How many records of one kind a room has, and how many of them are still open (the page's counts and 待处理). */
export interface RoomHistoryCount {
  kind: RoomHistoryKind;
  total: number;
  open: number;
}
