import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { RoomHistoryItem, RoomHistoryKind } from '../../../shared/domain/roomHistory';

/** The SQL helpers a source's selects are made of live with the merged statements; sources import them here. */
export { fields, totalAndOpen } from './roomHistoryRepository';

/** One record of a source as the merged page reads it: its id, the time the history sorts by, and its fields. */
export interface RoomHistoryRow {
  id: number;
  at: string;
  /** JSON object of the fields `item` needs (see `fields`). */
  data: string;
}

// The sources' selects come from different tables; the merge only reads their declared output.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect<O> = SelectQueryBuilder<Database, any, O>;

/**
 * Each ledger declares how it lists a room's records (its declaration's `roomHistory`).
 * `records` selects the room's records (through an index on the room; the merge adds the keyset condition,
 * the order by (at, id) and the limit); `item` turns one into a history line; `counts` selects how many
 * records the room has and how many of them are open. Both selects are built once and compiled (preparedRead):
 * `roomId` must reach them only as a value (`where('room_id', '=', roomId)`), never be computed with.
 */
export interface RoomHistorySource<Data = never> {
  kind: RoomHistoryKind;
  records(db: Kysely<Database>, roomId: number): AnySelect<RoomHistoryRow>;
  item(id: number, at: string, data: Data): RoomHistoryItem;
  counts(db: Kysely<Database>, roomId: number): AnySelect<{ total: number; open: number }>;
}
