import { z } from 'zod';
import { roomHistoryKinds, type RoomHistoryCount, type RoomHistoryItem, type RoomHistoryKind } from '../roomHistory';
import { recordId } from '../fieldSchemas';

/** An owner as lists show them: the phone masked (DOMAIN.md "Privacy"). */
export interface MaskedOwner {
  name: string;
  phoneMasked: string;
}

export interface RoomSummary {
  id: number;
  label: string;
  note: string | null;
  owners: MaskedOwner[];
}

/**
 * 房屋档案: the room, its owners, and one page of its records of every ledger (or of one kind), newest first.
 * `next` is the cursor of the page after (null on the last); `counts` are the room's whole history by kind.
 */
export interface RoomPage {
  room: RoomSummary;
  items: RoomHistoryItem[];
  next: string | null;
  counts: RoomHistoryCount[];
}

export const roomHistoryInput = z.strictObject({
  id: recordId,
  /** Only this ledger's records; all when absent. */
  kind: z.enum(Object.keys(roomHistoryKinds) as [RoomHistoryKind, ...RoomHistoryKind[]]).optional(),
  /** The `next` of the page before. */
  after: z.string().max(100).nullish(),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const ownerLookupInput = z.strictObject({
  q: z.string().trim().min(1, { error: '请输入业主姓名或电话' }).max(40),
  limit: z.number().int().min(1).max(50).default(20),
});
