import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server from the Debian `postgresql` package (.ci/run installs it when missing): initdb and
 * pg_ctl in a temporary folder, on a free port, its unix socket in that folder too. PostgreSQL refuses to run as
 * root, so as root the folder is handed to `nobody` and the server runs as it. No skip: a server that cannot start
 * fails the tests that need it, with its log.
 */
export interface TestPostgres {
  /** postgresql://postgres@127.0.0.1:PORT/postgres (trust authentication: the server lives only for the tests). */
  url: string;
  port: number;
  socketDir: string;
  /** A fresh database on the server; answers its connection string. */
  createDatabase(name: string): string;
  /**
   * A fresh database owned by a user who must log in with this password (the one role the server checks passwords
   * of, as a group's server checks every login); answers its connection string, password included.
   */
  createLoginDatabase(name: string, password: string): string;
  stop(): void;
}

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('找不到 PostgreSQL(/usr/lib/postgresql/*/bin/initdb):请安装 Debian 的 postgresql 软件包(.ci/run 会自动安装)');
  return join(root, newest, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The role whose logins need a password (createLoginDatabase). */
const loginRole = 'taizhang_login';

/** Who runs the server: ourselves, or `nobody` when we are root. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Start the server. `durable: false` (the tests) turns fsync off: the data dies with the folder anyway. The bench
 * keeps PostgreSQL's defaults so its figures compare with SQLite's synchronous commits.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-pg-'));
  const user = serverUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(join(bin, tool), args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, ...(user ?? {}) });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PostgreSQL ${tool} 失败(${result.status}):${result.error?.message ?? ''}\n${result.stderr}\n${serverLog}`);
    }
    return result.stdout;
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  // The first matching line wins: this role's logins over TCP need its password, everyone else's are trusted.
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(hba, `host all ${loginRole} 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
  const port = await freePort();
  const settings = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`, '-c max_connections=200'];
  if (!options.durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', settings.join(' ')]);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    spawnSync(join(bin, 'pg_ctl'), ['stop', '-w', '-m', 'fast', '-D', data], { cwd: dir, ...(user ?? {}) });
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies between start and teardown still stops its server.
  process.on('exit', stop);
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const psql = (command: string) => run('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', command]);
  return {
    url: url('postgres'),
    port,
    socketDir: dir,
    createDatabase(name) {
      psql(`create database "${name}"`);
      return url(name);
    },
    createLoginDatabase(name, password) {
      psql(`do $$ begin if not exists (select from pg_roles where rolname = '${loginRole}') then create role ${loginRole} login; end if; end $$`);
      psql(`alter role ${loginRole} password '${password.replaceAll("'", "''")}'`);
      psql(`create database "${name}" owner ${loginRole}`);
      return `postgresql://${loginRole}:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
