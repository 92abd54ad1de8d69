import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type Driver } from 'kysely';
import type { Database } from './schema';
import { NewerDatabaseError } from './newerDatabase';
import { withStatementCache } from './statementCache';
import { insideTransaction } from './callScope';

export interface Connection {
  db: Kysely<Database>;
  /** The raw handle, for what Kysely cannot say: online backup, pragmas, integrity checks. */
  raw: BetterSqlite3.Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron in development). */
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** Refuse, before anything is written, a file whose schema is newer than this app knows. */
  supportedSchemaVersion?: number;
}

export function openDatabase(file: string, options: OpenOptions = {}): Connection {
  const raw = new BetterSqlite3(file, {
    timeout: options.busyTimeoutMs ?? 5000,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const version = raw.pragma('user_version', { simple: true }) as number;
  if (options.supportedSchemaVersion !== undefined && version > options.supportedSchemaVersion) {
    raw.close();
    throw new NewerDatabaseError(version, options.supportedSchemaVersion);
  }
  raw.pragma('journal_mode = WAL');
  // FULL: a front-desk PC loses power; a record the clerk saw saved must survive that too.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new GuardedDialect({ database: withStatementCache(raw) }) });
  return {
    db,
    raw,
    async close() {
      await db.destroy();
    },
  };
}

/**
 * The app has one connection. Inside a transaction it is taken, so a query on the app's own handle there (instead of
 * the transaction's) would wait for ever; it fails at once, naming the mistake.
 */
class GuardedDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    const acquire = driver.acquireConnection.bind(driver);
    driver.acquireConnection = () => {
      if (insideTransaction()) return Promise.reject(new Error('a query inside a transaction must use the transaction, not the app\'s connection'));
      return acquire();
    };
    return driver;
  }
}
