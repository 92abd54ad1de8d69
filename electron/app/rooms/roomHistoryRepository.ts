import { sql, type Expression, type RawBuilder } from 'kysely';
import type { RoomHistoryKind } from '../../../shared/domain/roomHistory';
import { preparedRead } from '../db/preparedRead';
import type { RoomHistorySource } from './roomHistorySource';

/** `json_object('number', number, …)` of columns (a qualified column is keyed by its own name). */
export function fields(...columns: string[]): RawBuilder<string> {
  return sql<string>`json_object(${sql.join(columns.flatMap((column) => [sql.lit(column.split('.').at(-1)!), sql.ref(column)]))})`;
}

/** `count(*) AS total` and how many rows meet `open`, for a source's counts. */
export function totalAndOpen(open: Expression<unknown>) {
  return [sql<number>`count(*)`.as('total'), sql<number>`coalesce(sum(${open}), 0)`.as('open')] as const;
}

/** How many records of each source the room has, and how many are open: one statement. */
export function countsStatement(sources: readonly RoomHistorySource<never>[]) {
  return preparedRead((db, params: { room: number }) => {
    const arms = sources.map((source, index) =>
      db.selectFrom(source.counts(db, params.room).as('c')).select([sql<number>`${sql.lit(index)}`.as('source'), 'c.total', 'c.open']),
    );
    return arms.slice(1).reduce((query, arm) => query.unionAll(arm), arms[0]!);
  });
}

export interface PageShape {
  kind: RoomHistoryKind | undefined;
  /** The cursor's source, when there is a cursor. */
  after: number | undefined;
  pageSize: number;
}
type PageParams = { room: number; at: string | null; id: number | null };

/**
 * The page statement of one shape: each source's records after the cursor, ordered and limited through its
 * room index, UNION ALL, ordered and limited again; one more row than the page says whether there is a next.
 */
export function pageStatement(sources: readonly RoomHistorySource<never>[], shape: PageShape) {
  // A literal, not a bound parameter: SQLite plans a compound's bound LIMITs several times slower.
  const wanted = sql.lit(shape.pageSize + 1);
  return preparedRead((db, params: PageParams) => {
    const arms = sources.flatMap((source, index) => {
      if (shape.kind && source.kind !== shape.kind) return [];
      let arm = db.selectFrom(source.records(db, params.room).as('r')).select([sql<number>`${sql.lit(index)}`.as('source'), 'r.id', 'r.at', 'r.data']);
      // Records of the cursor's own time and id come after it only from a source later in the list.
      if (shape.after !== undefined) arm = arm.where(sql<boolean>`(r.at, r.id) ${sql.raw(index > shape.after ? '<=' : '<')} (${params.at}, ${params.id})`);
      return [db.selectFrom(arm.orderBy('r.at', 'desc').orderBy('r.id', 'desc').limit(wanted).as('page')).selectAll()];
    });
    return arms.slice(1).reduce((query, arm) => query.unionAll(arm), arms[0]!).orderBy('at', 'desc').orderBy('id', 'desc').orderBy('source').limit(wanted);
  });
}
