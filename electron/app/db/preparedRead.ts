import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

const stand = (key: string) => `\u0000param:${key}\u0000`;
const standIn = /\u0000param:([^\u0000]*)\u0000/;

/**
 * A read of fixed shape whose only varying values are `Params` (the desk's counts and lists, say): Kysely builds
 * and compiles it once, with a stand-in for each value, and each call runs the compiled SQL with its own values
 * in their places. Building a query of a dozen subqueries costs more than running it; this pays it once.
 * `build` must pass each value to Kysely as it is (a value it derives from one, or inlines, is refused).
 */
export function preparedRead<Params extends Record<string, string | number | null>, Row>(
  build: (db: Kysely<Database>, params: Params) => Compilable<Row>,
): (db: Kysely<Database>, params: Params) => Promise<Row[]> {
  let compiled: { query: CompiledQuery<Row>; slots: (keyof Params | null)[] } | undefined;
  const compile = (db: Kysely<Database>) => {
    const standIns = new Proxy({} as Params, { get: (_, key) => stand(String(key)) });
    const query = build(db, standIns).compile();
    if (standIn.test(query.sql)) throw new Error('preparedRead: a parameter was written into the SQL text');
    const slots = query.parameters.map((value) => {
      if (typeof value !== 'string' || !standIn.test(value)) return null;
      const key = standIn.exec(value)![1]!;
      if (value !== stand(key)) throw new Error(`preparedRead: parameter ${key} was changed before it reached the query`);
      return key as keyof Params;
    });
    return { query, slots };
  };
  return async (db, params) => {
    compiled ??= compile(db);
    const { query, slots } = compiled;
    const parameters = query.parameters.map((value, index) => (slots[index] === null ? value : params[slots[index]!]));
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
