import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { readingOnly } from './callScope';

/**
 * Kysely prepares every query anew; on a busy office PC preparing a list query (planning over a dozen indexes)
 * costs more than running it. The app's queries are a fixed set of shapes with bound parameters, so their
 * prepared statements are kept, most recently used last, and reused. Kysely runs one query at a time on the
 * connection, so a statement is never in use twice; SQLite re-prepares one itself after a schema change.
 */
export function withStatementCache(raw: BetterSqlite3.Database, limit = 500): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = raw.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > limit) statements.delete(statements.keys().next().value!);
      // A channel declared `read` runs without a transaction: it must not write at all.
      if (!statement.readonly && readingOnly()) throw new Error(`a read channel tried to write: ${sql.slice(0, 80)}`);
      return statement;
    },
  };
}
