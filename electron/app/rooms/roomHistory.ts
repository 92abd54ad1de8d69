import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { roomHistoryKinds, type RoomHistoryCount, type RoomHistoryItem, type RoomHistoryKind } from '../../../shared/domain/roomHistory';
import { complaintRoomHistory } from '../ledgers/complaints/complaintRoomHistory';
import { repairRoomHistory } from '../ledgers/repairs/repairRoomHistory';
import { callRoomHistory } from '../ledgers/calls/callRoomHistory';
import { inspectionRoomHistory } from '../ledgers/inspections/inspectionRoomHistory';
import { revisitRoomHistory } from '../ledgers/revisits/revisitRoomHistory';
import { lossDeclarationRoomHistory } from '../ledgers/lossDeclarations/lossDeclarationRoomHistory';
import type { RoomHistorySource } from './roomHistorySource';

export type { RoomHistoryRow, RoomHistorySource } from './roomHistorySource';

/** Every ledger's source; a tie of the same time and id is broken by the source's place in this list. */
export const roomHistorySources: readonly RoomHistorySource<never>[] = [
  complaintRoomHistory,
  repairRoomHistory,
  callRoomHistory,
  inspectionRoomHistory,
  revisitRoomHistory,
  lossDeclarationRoomHistory,
] as RoomHistorySource<never>[];

interface Cursor {
  at: string;
  id: number;
  source: number;
}
const cursorOf = (row: Cursor) => `${row.at}|${row.id}|${row.source}`;
function parseCursor(cursor: string): Cursor | null {
  const [at, id, source] = cursor.split('|');
  return at && Number.isInteger(Number(id)) && Number.isInteger(Number(source)) ? { at, id: Number(id), source: Number(source) } : null;
}

/**
 * One page of a room's history across every ledger (or one kind), newest first by (at, id, source), in one
 * statement: each source's records after the cursor, ordered and limited through its room index, UNION ALL,
 * ordered and limited again. One more row than the page says whether there is a next page.
 */
export async function roomHistory(
  db: Kysely<Database>,
  roomId: number,
  options: { kind?: RoomHistoryKind; after?: string | null; pageSize?: number } = {},
): Promise<{ items: RoomHistoryItem[]; next: string | null }> {
  const pageSize = options.pageSize ?? 50;
  const cursor = options.after ? parseCursor(options.after) : null;
  const arms = roomHistorySources.flatMap((source, index) => {
    if (options.kind && source.kind !== options.kind) return [];
    let arm = db.selectFrom(source.records(db, roomId).as('r')).select([sql<number>`${sql.lit(index)}`.as('source'), 'r.id', 'r.at', 'r.data']);
    // Records of the cursor's own time and id come after it only from a source later in the list.
    if (cursor) arm = arm.where(sql<boolean>`(r.at, r.id) ${sql.raw(index > cursor.source ? '<=' : '<')} (${cursor.at}, ${cursor.id})`);
    return [db.selectFrom(arm.orderBy('r.at', 'desc').orderBy('r.id', 'desc').limit(pageSize + 1).as('page')).selectAll()];
  });
  const [first, ...rest] = arms;
  if (!first) return { items: [], next: null };
  const rows = await rest
    .reduce((query, arm) => query.unionAll(arm), first)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .orderBy('source')
    .limit(pageSize + 1)
    .execute();
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => roomHistorySources[row.source]!.item(row.id, row.at, JSON.parse(row.data) as never)),
    next: rows.length > pageSize ? cursorOf(page.at(-1)!) : null,
  };
}

const kindOrder = Object.keys(roomHistoryKinds) as RoomHistoryKind[];

/** The room's whole history by kind, in one statement (kinds it has none of left out), in the kinds' order. */
export async function roomHistoryCounts(db: Kysely<Database>, roomId: number): Promise<RoomHistoryCount[]> {
  const arms = roomHistorySources.map((source, index) =>
    db.selectFrom(source.counts(db, roomId).as('c')).select([sql<number>`${sql.lit(index)}`.as('source'), 'c.total', 'c.open']),
  );
  const rows = await arms.slice(1).reduce((query, arm) => query.unionAll(arm), arms[0]!).execute();
  const counts = new Map<RoomHistoryKind, RoomHistoryCount>();
  for (const row of rows) {
    const kind = roomHistorySources[row.source]!.kind;
    const count = counts.get(kind) ?? { kind, total: 0, open: 0 };
    counts.set(kind, { kind, total: count.total + row.total, open: count.open + row.open });
  }
  return kindOrder.flatMap((kind) => (counts.get(kind)?.total ? [counts.get(kind)!] : []));
}
