import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Tables whose rows have an integer id. */
type TableWithId = { [T in keyof Database]: Database[T] extends { id: unknown } ? T : never }[keyof Database];

/** Tables of numbered records (a complaint's TS-202603-0001): the number is unique. */
type NumberedTable = { [T in TableWithId]: Database[T] extends { number: string } ? T : never }[TableWithId];

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
  const { columns, parameters } = boundValues(table, values);
  const shape = `${table}\u0000${columns.join('\u0000')}`;
  const text = compiledInserts.get(shape) ?? compileShape(db, table, shape, values);
  const { insertId } = await db.executeQuery(CompiledQuery.raw(text, parameters));
  if (insertId === undefined) throw new Error(`insertRow: no row inserted into ${table}`);
  return Number(insertId);
}

/** The row's columns given (undefined left out, as Kysely leaves it) and their values, in order. */
function boundValues(table: string, values: Record<string, unknown>): { columns: string[]; parameters: unknown[] } {
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
  return { columns, parameters };
}

/** Kysely's single-row INSERT of the shape, checked to bind the row's values one per column in order, and kept. */
function compileShape(db: Kysely<Database>, table: string, shape: string, values: Record<string, unknown>): string {
  const { parameters } = boundValues(table, values);
  const query = (db as unknown as Kysely<Record<string, Record<string, unknown>>>).insertInto(table).values(values).compile();
  if (query.parameters.length !== parameters.length || query.parameters.some((value, index) => value !== parameters[index])) {
    throw new Error(`insertRow: ${table}'s values are not bound one per column in order`);
  }
  compiledInserts.set(shape, query.sql);
  return query.sql;
}

/**
 * Insert many rows in multi-row statements (`VALUES (…), (…)`): an import's records a batch at a time instead of
 * a statement each. Consecutive rows of one shape share a statement; its text is the single-row statement's
 * (checked as insertRow checks it) with the row's placeholders repeated. Answers nothing: the caller reads the ids
 * back by a unique key, as SQLite does not promise the rowids of a multi-row insert to be consecutive.
 */
export async function insertRows<T extends TableWithId>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  let run: { shape: string; row: Record<string, unknown>; parameters: unknown[][] } | null = null;
  const send = async () => {
    if (!run) return;
    const text = compiledInserts.get(run.shape) ?? compileShape(db, table, run.shape, run.row);
    const tuple = placeholders(run.parameters[0]!.length);
    if (!text.endsWith(` values ${tuple}`)) throw new Error(`insertRows: ${table}'s insert does not end with its values`);
    await insertValues(db, text.slice(0, text.length - tuple.length), run.parameters);
    run = null;
  };
  for (const row of rows) {
    const { columns, parameters } = boundValues(table, row as Record<string, unknown>);
    const shape = `${table}\u0000${columns.join('\u0000')}`;
    if (run && run.shape !== shape) await send();
    run ??= { shape, row: row as Record<string, unknown>, parameters: [] };
    run.parameters.push(parameters);
  }
  await send();
}

/**
 * New numbered records (an import's batch) in multi-row statements: answers their ids in the rows' order, read
 * back by their numbers, which are unique.
 */
export async function insertNumberedRows<T extends NumberedTable>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  await insertRows(db, table, rows);
  const numbers = rows.map((row) => (row as unknown as { number: string }).number);
  const { rows: inserted } = await sql<{ id: number; number: string }>`SELECT id, number FROM ${sql.table(table)} WHERE number IN (SELECT value FROM json_each(${JSON.stringify(numbers)}))`.execute(db);
  const idOf = new Map(inserted.map((row) => [row.number, row.id]));
  return numbers.map((number) => {
    const id = idOf.get(number);
    if (id === undefined) throw new Error(`insertNumberedRows: ${table} ${number} was not inserted`);
    return id;
  });
}

/** SQLite's limit on the variables of one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const maxVariables = 32_766;
/** Rows in one statement at most: one prepared statement per row count, so few distinct counts. */
const rowsPerStatement = 500;

/**
 * Run `head` (“INSERT INTO t (a, b) VALUES”) with the rows' values as its tuples, then `tail` (an ON CONFLICT
 * clause): as many rows in one statement as SQLite's variable limit allows, at most 500. Every row has the same
 * number of values.
 */
export async function insertValues(db: Kysely<Database>, head: string, rows: readonly (readonly unknown[])[], tail = ''): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  const tuple = placeholders(width);
  const rowsEach = Math.max(1, Math.min(rowsPerStatement, Math.floor(maxVariables / width)));
  for (let from = 0; from < rows.length; from += rowsEach) {
    const chunk = rows.slice(from, from + rowsEach);
    if (chunk.some((row) => row.length !== width)) throw new Error('insertValues: rows of different widths');
    await db.executeQuery(CompiledQuery.raw(`${head.trimEnd()} ${new Array<string>(chunk.length).fill(tuple).join(', ')}${tail ? ` ${tail}` : ''}`, chunk.flat()));
  }
}

function placeholders(count: number): string {
  return `(${new Array<string>(count).fill('?').join(', ')})`;
}
