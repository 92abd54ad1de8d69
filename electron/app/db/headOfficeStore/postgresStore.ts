import type Pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { HeadOfficeStore, StoreDb } from './store';
import type { HeadOfficeStoreDatabase } from './storeSchema';
import { onFirstUse } from '../../onFirstUse';

/** The PostgreSQL driver: only a head office on a server needs it, never an office's app. */
const pg = onFirstUse<typeof Pg>('pg');

/**
 * The store on a PostgreSQL server (a large group's head office). Writers of different offices run at once, each
 * on its own pooled connection; `exclusive` takes transaction-scoped advisory locks on its names, so two imports
 * of one office (the same archive twice, say) queue while the others go on. The only PostgreSQL-specific SQL.
 */
export function openPostgresStore(connectionString: string, options: { maxConnections?: number } = {}): HeadOfficeStore {
  // allowExitOnIdle: the command line (taizhang archive import) ends when its work is done, idle connections or not.
  const pool = new (pg().Pool)({ connectionString, max: options.maxConnections ?? 8, application_name: 'taizhang-head-office', allowExitOnIdle: true, connectionTimeoutMillis: 10_000 });
  const db: StoreDb = new Kysely<HeadOfficeStoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    exclusive: (locks, work) =>
      db.transaction().execute(async (trx) => {
        // Read committed: every statement after the locks sees what the previous holder committed.
        for (const lock of [...new Set(typeof locks === 'string' ? [locks] : locks)].sort()) {
          await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
        }
        return work(trx);
      }),
    close: () => db.destroy(),
  };
}

/**
 * What went wrong reaching the server, in words for head office's setup (zh-CN), never with the password: a string
 * that is no address, a server that does not answer, a login refused, a database that is not there.
 */
export function postgresProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  if (code === 'ERR_INVALID_URL' || error instanceof URIError) return '连接字符串格式不对(服务器名、端口或特殊字符有误),应形如 postgresql://用户名:密码@服务器:5432/数据库名';
  if (code === '28P01' || code === '28000') return `PostgreSQL 服务器拒绝登录:用户名或密码不对(${text})`;
  if (code === '3D000') return `PostgreSQL 服务器上没有这个数据库,请先由管理员建好(${text})`;
  if (code === '42501') return `这个用户在数据库里没有建表的权限,请让管理员授权(${text})`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '找不到这个服务器:请检查连接字符串里的服务器名或 IP 地址';
  if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET'].includes(code ?? '') || /timeout|terminated/i.test(text)) {
    return '连不上 PostgreSQL 服务器:请检查服务器是否开着、端口是否正确、防火墙是否放行';
  }
  return `连接 PostgreSQL 失败:${text}`;
}

/** Whether the server answers at this connection string (head office's setup tests it before saving). */
export async function checkPostgresConnection(connectionString: string): Promise<{ serverVersion: string }> {
  const client = new (pg().Client)({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return { serverVersion: rows[0]?.server_version ?? '' };
  } finally {
    await client.end();
  }
}
