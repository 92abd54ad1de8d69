import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';

describe('the throwaway PostgreSQL server of the tests', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('answers on its port and its socket, as the user the tests may run it as', async () => {
    const database = server.createDatabase('helper_check');
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      const { rows } = await client.query<{ db: string; superuser: string }>("select current_database() as db, current_setting('is_superuser') as superuser");
      expect(rows[0]).toEqual({ db: 'helper_check', superuser: 'on' });
    } finally {
      await client.end();
    }
    expect(existsSync(`${server.socketDir}/.s.PGSQL.${server.port}`)).toBe(true);
  });

  it('leaves nothing behind when stopped', async () => {
    const other = await startPostgres();
    other.stop();
    expect(existsSync(other.socketDir)).toBe(false);
  });
});
