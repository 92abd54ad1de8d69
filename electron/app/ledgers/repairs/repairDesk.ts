import type { AppContext } from '../../context';
import { excerpt } from '../../../../shared/domain/text';
import type { RepairStatus } from '../../../../shared/domain/repairs/repair';
import type { RepairDesk, RepairDeskItem } from '../../../../shared/domain/repairs/repairRecords';
import { repairsNotCollected, repairsNotDispatched, repairsNotOnSite, repairsOverdue, type PastDueRepairs } from './repairDeskRepository';

const shown = 50;

function deskList({ total, rows }: PastDueRepairs): RepairDesk[keyof RepairDesk] {
  const items: RepairDeskItem[] = rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: excerpt(row.content, 40),
    roomLabel: row.room_label,
    status: row.status as RepairStatus,
    dueAt: row.missed ?? '',
    holder: row.holder,
  }));
  return { total, items };
}

/** 今日待办 for repairs: repairs not yet dispatched, orders not collected in time, assignees not on site in time, repairs past their limit. */
export async function repairDesk(ctx: AppContext): Promise<RepairDesk> {
  const { db } = ctx;
  const now = ctx.clock.now();
  return {
    notDispatched: deskList(await repairsNotDispatched(db, shown)),
    notCollected: deskList(await repairsNotCollected(db, now, shown)),
    notOnSite: deskList(await repairsNotOnSite(db, now, shown)),
    overdue: deskList(await repairsOverdue(db, now, shown)),
  };
}
