import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedKey, openHeadOffice, openTestOffice, complaintIntake, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { freePort, startPostgres, type TestPostgres } from '../../helpers/postgres';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { closeHeadOfficeStores } from '../../../electron/app/headOffice/headOfficeStoreConfig';

describe('head office chooses where its records live: SQLite by default, or a PostgreSQL server', () => {
  let server: TestPostgres;
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let archive: string;

  beforeAll(async () => {
    server = await startPostgres();
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hqset-'));
    await complaintAt(office, 'archived');
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '车库灯坏' }));
    archive = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
  });
  afterAll(async () => {
    await closeHeadOfficeStores();
    await office?.close();
    await headOffice?.close();
    server?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('keeps them in the data folder (SQLite) until told otherwise', async () => {
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual({ dialect: 'sqlite', chosen: false, server: null });
  });

  it('tests a connection string without saving it, saying in Chinese what is wrong: its form, the server, the login, the database', async () => {
    const test = (connectionString: string) => headOffice.app.invoke('headOffice.testStore', { connectionString });
    expect(await test('postgresql://hq:secret@server:port/hq')).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'connectionString', message: expect.stringContaining('连接字符串格式不对') } });
    expect(await test('')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('请填写') } });
    const unreachable = await test(`postgresql://postgres:secret@127.0.0.1:${await freePort()}/postgres`);
    expect(unreachable).toMatchObject({ ok: false, error: { code: 'rule', field: 'connectionString', message: expect.stringContaining('连不上 PostgreSQL 服务器') } });
    const good = server.createLoginDatabase('hq_login', 'pa:ss@word');
    const wrongPassword = await test(good.replace(encodeURIComponent('pa:ss@word'), 'guess'));
    expect(wrongPassword).toMatchObject({ ok: false, error: { field: 'connectionString', message: expect.stringContaining('用户名或密码不对') } });
    const noDatabase = await test(good.replace('/hq_login', '/hq_missing'));
    expect(noDatabase).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有这个数据库') } });
    // Reached: the server named without the password.
    const reached = await test(good);
    expect(reached).toMatchObject({ ok: true, value: { server: `taizhang_login@127.0.0.1:${server.port}/hq_login`, serverVersion: expect.stringMatching(/^\d+/) } });
    for (const answer of [unreachable, wrongPassword, noDatabase, reached]) expect(JSON.stringify(answer)).not.toMatch(/secret|pa%3Ass|pa:ss|guess/);
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual({ dialect: 'sqlite', chosen: false, server: null });
  });

  it('refuses a malformed connection string, and one it cannot connect to, in Chinese, saving nothing', async () => {
    expect(await headOffice.app.invoke('headOffice.setStore', { dialect: 'postgres', connectionString: 'mysql://x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('连接字符串应形如') },
    });
    const nobody = `postgresql://postgres@127.0.0.1:${await freePort()}/postgres`;
    expect(await headOffice.app.invoke('headOffice.setStore', { dialect: 'postgres', connectionString: nobody })).toMatchObject({
      ok: false,
      error: { field: 'connectionString', message: expect.stringContaining('连不上 PostgreSQL 服务器') },
    });
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual({ dialect: 'sqlite', chosen: false, server: null });
  });

  it('with PostgreSQL chosen, imports, lists and compares from the server, not the folder database', async () => {
    const url = server.createDatabase('group_hq').replace('postgres@', 'postgres:secret@');
    const info = await headOffice.app.call('headOffice.setStore', { dialect: 'postgres', connectionString: url });
    expect(info).toEqual({ dialect: 'postgres', chosen: true, server: `postgres@127.0.0.1:${server.port}/group_hq` });
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual(info);

    const [result] = await headOffice.app.call('headOffice.import', { files: [archive], ...(await confirmedKey(office)) });
    expect(result).toMatchObject({ officeCode: 'JX01', added: 3, alreadyImported: false });
    const offices = await headOffice.app.call('headOffice.offices', {});
    expect(offices.map((row) => [row.code, row.counts.complaints])).toEqual([['JX01', 2]]);
    const page = await headOffice.app.call('headOffice.records', { ledger: 'complaints', pageSize: 10 });
    expect(page.items.map((item) => item.summary)).toContain('车库灯坏');
    // A record read-only with its versions and the prints it carried, the bytes from the folder's file store.
    const printed = await Promise.all(page.items.map((item) => headOffice.app.call('headOffice.record', { officeCode: 'JX01', ledger: 'complaints', key: item.key })));
    expect(printed.map((detail) => detail.versions.length)).toEqual([1, 1]);
    const files = printed.flatMap((detail) => detail.versions[0]!.files);
    expect(files.length).toBeGreaterThan(0);
    const content = await headOffice.app.call('headOffice.file', { sha256: files[0]!.sha256 });
    expect(createHash('sha256').update(Buffer.from(content.contentBase64, 'base64')).digest('hex')).toBe(files[0]!.sha256);
    expect((await headOffice.app.call('headOffice.statistics', {})).offices.map((row) => row.code)).toEqual(['JX01']);
    // The folder's own database holds none of it, only the import's line in its history.
    expect(await headOffice.app.ctx.db.selectFrom('hq_records').select('record_key').execute()).toEqual([]);

    // The background job (the import page) goes to the same store: the same archive again lands once.
    const job = await headOffice.app.call('headOffice.startImport', { files: [archive] });
    await expect.poll(async () => (await headOffice.app.call('headOffice.importJob', { jobId: job.jobId })).state).toBe('done');
    expect((await headOffice.app.call('headOffice.importJob', { jobId: job.jobId })).results[0]).toMatchObject({ alreadyImported: true });
  });

  it('finds the server again when the folder is opened again (the choice is kept in the folder)', async () => {
    await headOffice.reopen();
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toMatchObject({ dialect: 'postgres' });
    expect((await headOffice.app.call('headOffice.offices', {})).map((row) => row.code)).toEqual(['JX01']);
  });
});
