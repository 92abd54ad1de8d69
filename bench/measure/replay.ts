import type BetterSqlite3 from 'better-sqlite3';

/** One statement the app ran: its SQL, how it was run and with which values. */
export interface RanStatement {
  sql: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  args: unknown[];
}

const methods = ['all', 'get', 'run', 'iterate'] as const;

/**
 * Every statement `work` runs on any better-sqlite3 connection, in order, with its values: the statement class's
 * methods are wrapped for the call and put back after. This is how a hand-written baseline can do exactly the
 * same work as the app (the same SQL, the same values) without the app's layers around it.
 */
export async function captureStatements(raw: BetterSqlite3.Database, work: () => Promise<unknown>): Promise<RanStatement[]> {
  const prototype = Object.getPrototypeOf(raw.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  const originals = methods.map((method) => [method, prototype[method]!] as const);
  const ran: RanStatement[] = [];
  for (const [method, original] of originals) {
    prototype[method] = function (this: BetterSqlite3.Statement, ...args: unknown[]) {
      ran.push({ sql: this.source, method, args });
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [method, original] of originals) prototype[method] = original;
  }
  return ran;
}

/**
 * The captured statements prepared once on `raw` and run again by hand, in the same order with the same values:
 * the app's SQL without its query building, validation and shaping. Refuses a statement that writes, so a replay
 * on a read-only handle never half-runs.
 */
export function replayer(raw: BetterSqlite3.Database, ran: readonly RanStatement[]): () => unknown[] {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const steps = ran.map(({ sql, method, args }) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = raw.prepare(sql);
      if (!statement.readonly) throw new Error(`the replayed work writes: ${sql.slice(0, 80)}`);
      prepared.set(sql, statement);
    }
    return { statement, method, args };
  });
  return () =>
    steps.map(({ statement, method, args }) => {
      if (method === 'iterate') return [...statement.iterate(...args)];
      if (method === 'run') return statement.run(...args);
      return method === 'get' ? statement.get(...args) : statement.all(...args);
    });
}
