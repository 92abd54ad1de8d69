import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import { excerpt } from '../../../../shared/domain/text';
import type { RepairStatus } from '../../../../shared/domain/repairs/repair';
import type { RepairDesk, RepairDeskItem } from '../../../../shared/domain/repairs/repairRecords';

const shown = 50;

function repairs(db: Kysely<Database>) {
  return db.selectFrom('repairs as r').leftJoin('staff as assignee', 'assignee.id', 'r.assignee_staff_id');
}

async function deskList(query: ReturnType<typeof repairs>, due: 'r.collect_due_at' | 'r.on_site_due_at' | 'r.due_at') {
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['r.id', 'r.number', 'r.content', 'r.room_label', 'r.status', `${due} as missed`, 'assignee.name as holder'])
    .orderBy(due)
    .orderBy('r.id')
    .limit(shown)
    .execute();
  const items: RepairDeskItem[] = rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: excerpt(row.content, 40),
    roomLabel: row.room_label,
    status: row.status as RepairStatus,
    dueAt: row.missed ?? '',
    holder: row.holder,
  }));
  return { total: Number(total), items };
}

/** 今日待办 for repairs: orders not collected in time, assignees not on site in time, repairs past their limit. */
export async function repairDesk(ctx: AppContext): Promise<RepairDesk> {
  const { db } = ctx;
  const now = ctx.clock.now();
  return {
    notCollected: await deskList(repairs(db).where('r.status', '=', 'dispatched').where('r.collect_due_at', '<', now), 'r.collect_due_at'),
    notOnSite: await deskList(repairs(db).where('r.status', '=', 'collected').where('r.on_site_due_at', '<', now), 'r.on_site_due_at'),
    overdue: await deskList(repairs(db).where('r.status', 'in', ['dispatched', 'collected', 'inProgress']).where('r.due_at', '<', now), 'r.due_at'),
  };
}
