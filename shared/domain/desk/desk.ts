import { z } from 'zod';
import type { ComplaintStatus } from '../complaints/complaint';
import { recordId } from '../fieldSchemas';
import type { Alert } from '../complaints/complaintParts';
import type { LossDeskItem } from '../lossDeclarations/lossDeclarationRecords';

/** A row of the desk page: one complaint (or order) that needs someone today. */
export interface DeskItem {
  complaintId: number;
  number: string;
  title: string;
  roomLabel: string | null;
  status: ComplaintStatus;
  dueAt: string | null;
  /** Who has it: the assignee of the current order, or the receiver. */
  holder: string | null;
}

/** A list of the desk page: how many in all, and the most pressing ones first. */
export interface DeskList {
  total: number;
  items: DeskItem[];
}

export const deskListNames = {
  notDispatched: '新投诉未派工',
  overdue: '已超期',
  dueToday: '今天到期',
  awaitingApproval: '待审核批示',
  pendingExtensions: '延期待审批',
  ordersNotCollected: '派工单未接单',
  capaDue: '纠正/预防措施报告待提交',
} as const;

export type DeskListName = keyof typeof deskListNames;

export interface DeskToday {
  now: string;
  lists: Record<DeskListName, DeskList>;
  /** The alerts the signed-in person may act on, newest first (at most 50 of `alertTotal`). */
  alerts: Alert[];
  alertTotal: number;
  /** Days ahead the working calendar does not know yet (warn the office). */
  calendarUncovered: string[];
  /** 遗失声明: period ending within 3 days, or ended without an outcome. */
  lossDeclarations: LossDeskItem[];
}

export const alertInput = z.strictObject({ id: recordId });

/** 全部知悉: every alert up to the newest the manager has on screen (one arriving meanwhile stays open). */
export const acknowledgeAllInput = z.strictObject({ upToId: recordId });
