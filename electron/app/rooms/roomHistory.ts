import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { roomHistoryKinds, type RoomHistoryCount, type RoomHistoryItem, type RoomHistoryKind } from '../../../shared/domain/roomHistory';
import type { RoomHistorySource } from './roomHistorySource';
import { countsStatement, pageStatement, type PageShape } from './roomHistoryRepository';

export type { RoomHistoryRow, RoomHistorySource } from './roomHistorySource';

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

/** Kinds are counted in the order the room page has always shown them; a kind it does not know comes last. */
const kindOrder: readonly string[] = Object.keys(roomHistoryKinds);
const kindRank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);

export interface RoomHistory {
  /**
   * One page of a room's history across every ledger (or one kind), newest first by (at, id, source), in one
   * statement, after the cursor `after` (the `next` of the page before).
   */
  page(db: Kysely<Database>, roomId: number, options?: { kind?: RoomHistoryKind; after?: string | null; pageSize?: number }): Promise<{ items: RoomHistoryItem[]; next: string | null }>;
  /** The room's whole history by kind (kinds it has none of left out). */
  counts(db: Kysely<Database>, roomId: number): Promise<RoomHistoryCount[]>;
}

/**
 * The room history of the app's ledgers, each source in list order (a tie of the same time and id is broken by
 * the source's place). Its statements are built and compiled by Kysely once per shape (kind, cursor's source,
 * page size).
 */
export function createRoomHistory(sources: readonly RoomHistorySource<never>[]): RoomHistory {
  const pageStatements = new Map<string, ReturnType<typeof pageStatement>>();
  const countStatement = countsStatement(sources);
  return {
    async page(db, roomId, options = {}) {
      const shape: PageShape = { kind: options.kind, after: undefined, pageSize: options.pageSize ?? 50 };
      const cursor = options.after ? parseCursor(options.after) : null;
      if (cursor) shape.after = cursor.source;
      if (shape.kind && !sources.some((source) => source.kind === shape.kind)) return { items: [], next: null };
      const key = `${shape.kind}|${shape.after}|${shape.pageSize}`;
      let statement = pageStatements.get(key);
      if (!statement) {
        if (pageStatements.size >= 200) pageStatements.clear();
        pageStatements.set(key, (statement = pageStatement(sources, shape)));
      }
      const rows = await statement(db, { room: roomId, at: cursor?.at ?? null, id: cursor?.id ?? null });
      const page = rows.slice(0, shape.pageSize);
      return {
        items: page.map((row) => sources[row.source]!.item(row.id, row.at, JSON.parse(row.data) as never)),
        next: rows.length > shape.pageSize ? cursorOf(page.at(-1)!) : null,
      };
    },
    async counts(db, roomId) {
      const rows = await countStatement(db, { room: roomId });
      const counts = new Map<RoomHistoryKind, RoomHistoryCount>();
      for (const row of rows) {
        const kind = sources[row.source]!.kind;
        const count = counts.get(kind) ?? { kind, total: 0, open: 0 };
        counts.set(kind, { kind, total: count.total + row.total, open: count.open + row.open });
      }
      return [...counts.values()].filter((count) => count.total > 0).sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
    },
  };
}
