import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Tables whose rows have an integer id. */
type TableWithId = { [T in keyof Database]: Database[T] extends { id: unknown } ? T : never }[keyof Database];

/** The compiled INSERT of each shape seen: table and the columns given, in order. */
const compiledInserts = new Map<string, string>();

/**
 * Insert one row and answer its id, the statement compiled once per shape (table and columns given) instead of
 * built and compiled by Kysely for every row: an import writes a hundred thousand rows of one shape, and building
 * the query cost as much as running it. The row's values are bound in the order of its columns, as Kysely binds
 * them (checked when the shape is first compiled); a column given as undefined is left out, as Kysely leaves it.
 * The id is the insert's rowid, not a RETURNING clause: with RETURNING, SQLite keeps a statement journal for each
 * insert (a temporary file), which made an insert of a complaint ten times slower.
 */
export async function insertRow<T extends TableWithId>(db: Kysely<Database>, table: T, row: Insertable<Database[T]>): Promise<number> {
  const values = row as Record<string, unknown>;
  const columns: string[] = [];
  const parameters: unknown[] = [];
  for (const column in values) {
    const value = values[column];
    if (value === undefined) continue;
    // An expression (sql`…`) would be written into the SQL text, different for each row: only plain values here.
    if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
      throw new Error(`insertRow: ${table}.${column} is not a value bound one per column`);
    }
    columns.push(column);
    parameters.push(value);
  }
  const shape = `${table}\u0000${columns.join('\u0000')}`;
  let text = compiledInserts.get(shape);
  if (text === undefined) {
    const query = (db as unknown as Kysely<Record<string, Record<string, unknown>>>).insertInto(table).values(values).compile();
    if (query.parameters.length !== parameters.length || query.parameters.some((value, index) => value !== parameters[index])) {
      throw new Error(`insertRow: ${table}'s values are not bound one per column in order`);
    }
    text = query.sql;
    compiledInserts.set(shape, text);
  }
  const { insertId } = await db.executeQuery(CompiledQuery.raw(text, parameters));
  if (insertId === undefined) throw new Error(`insertRow: no row inserted into ${table}`);
  return Number(insertId);
}
