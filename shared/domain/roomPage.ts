import { z } from 'zod';
import type { RoomHistoryItem } from './roomHistory';

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

/** 房屋档案: the room, its owners, and every record of every ledger for it, newest first. */
export interface RoomPage {
  room: RoomSummary;
  items: RoomHistoryItem[];
}

export const ownerLookupInput = z.strictObject({
  q: z.string().trim().min(1, { error: '请输入业主姓名或电话' }).max(40),
  limit: z.number().int().min(1).max(50).default(20),
});
