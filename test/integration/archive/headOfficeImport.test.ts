import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedKey, openHeadOffice, openTestOffice, complaintIntake, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { complaintAt, steps } from '../../helpers/lifecycle';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { importArchive } from '../../../electron/app/headOffice/headOfficeImport';
import { complaintArchiveLedger } from '../../../electron/app/ledgers/complaints/complaintArchive';
import { rewriteZip } from '../../helpers/archiveZip';

describe('head office imports office archives', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let first: string;
  const rows = () => headOffice.app.ctx.db.selectFrom('hq_records').selectAll().orderBy(sql`rowid`).execute();

  beforeAll(async () => {
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-ho-'));
    await complaintAt(office, 'archived');
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '车库灯坏' }));
    first = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('round trip: the imported records equal the office records, with their history', async () => {
    const result = await importArchive(headOffice.app.ctx, first, null, await confirmedKey(office));
    // Two complaints and the archived one's revisit, which the revisit ledger carries too.
    expect(result).toMatchObject({ officeCode: 'JX01', period: '2026-11', added: 3, replaced: 0, unchanged: 0, alreadyImported: false });
    const imported = (await rows()).filter((row) => row.ledger === 'complaints').map((row) => JSON.parse(row.content));
    const ids = (await office.app.ctx.db.selectFrom('complaints').select('id').orderBy('id').execute()).map((row) => row.id);
    const source = await Promise.all(ids.map((id) => complaintArchiveLedger.load(office.app.ctx, id)));
    expect(imported).toEqual(JSON.parse(JSON.stringify(source)));
    expect(imported[0].history.length).toBeGreaterThan(5);
  });

  it('importing the same archive again, or the same records in a new archive, adds nothing', async () => {
    const before = await rows();
    expect(await importArchive(headOffice.app.ctx, first, null)).toMatchObject({ alreadyImported: true, added: 0 });
    const again = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
    expect(await importArchive(headOffice.app.ctx, again, null)).toMatchObject({ alreadyImported: false, added: 0, replaced: 0, unchanged: 3 });
    expect(await rows()).toEqual(before);
  });

  it('a newer version of a record replaces the older, and both stay', async () => {
    const open = (await office.asClerk.call('complaints.list', { q: '车库灯坏' })).items[0]!;
    await office.asClerk.call('complaints.dispatch', steps.dispatch(office, open.id));
    const later = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
    expect(await importArchive(headOffice.app.ctx, later, null)).toMatchObject({ added: 0, replaced: 1, unchanged: 2 });
    const versions = (await rows()).filter((row) => row.record_key === open.number);
    expect(versions.map((row) => row.current)).toEqual([0, 1]);
    expect(JSON.parse(versions[1]!.content).parts.workOrders).toHaveLength(1);
    // The older archive imported late does not take the place of the newer version.
    expect(await importArchive(headOffice.app.ctx, first, null)).toMatchObject({ alreadyImported: true });
  });

  it('refuses a tampered or unreadable archive whole, saying why, for every kind of tampering', async () => {
    const before = await rows();
    const tamperings: [string, (entries: Map<string, Buffer>) => void][] = [
      ['文件被改动', (e) => e.set('ledgers/complaints.ndjson', Buffer.from(e.get('ledgers/complaints.ndjson')!.toString('utf8').replace('车库灯坏', '车库灯好')))],
      ['缺少文件', (e) => e.delete('台账.xlsx')],
      ['多出文件', (e) => e.set('extra.txt', Buffer.from('x'))],
      ['未知的格式版本', (e) => e.set('manifest.json', Buffer.from(JSON.stringify({ ...JSON.parse(e.get('manifest.json')!.toString()), formatVersion: 9 })))],
    ];
    for (const [label, edit] of tamperings) {
      const target = join(out, `tampered-${label}.zip`);
      await rewriteZip(first, target, edit);
      await expect(importArchive(headOffice.app.ctx, target, null)).rejects.toThrow(`【${label}】`);
    }
    const truncated = join(out, 'truncated.zip');
    writeFileSync(truncated, readFileSync(first).subarray(0, 1000));
    await expect(importArchive(headOffice.app.ctx, truncated, null)).rejects.toThrow('【无法读取】');
    expect(await rows()).toEqual(before);
  });

  it('keeps offices apart by their code, even with the same record numbers', async () => {
    const other = await openTestOffice();
    try {
      await other.app.call('office.save', { name: '翠湖苑管理处', companyName: '安居物业服务有限公司', code: 'CH02' });
      await other.asClerk.call('complaints.create', complaintIntake(other));
      const file = (await exportArchive(other.app.ctx, { outDir: out, staffId: null })).file;
      expect(await importArchive(headOffice.app.ctx, file, null, await confirmedKey(other))).toMatchObject({ officeCode: 'CH02', added: 1 });
      const keys = (await rows()).filter((row) => row.current === 1).map((row) => `${row.office_code}/${row.record_key}`);
      expect(keys.sort()).toEqual(['CH02/TS-202611-0001', 'JX01/HF-202611-0001', 'JX01/TS-202611-0001', 'JX01/TS-202611-0002']);
    } finally {
      await other.close();
    }
  });
});

describe('head office channels', () => {
  it('imports through the contract and lists every office side by side, records read-only with an office filter', async () => {
    const office = await openTestOffice();
    const headOffice = await openHeadOffice();
    const out = mkdtempSync(join(tmpdir(), 'taizhang-ho-'));
    try {
      await office.asClerk.call('complaints.create', complaintIntake(office, { content: '门禁卡失灵' }));
      const { file } = await exportArchive(office.app.ctx, { outDir: out, staffId: null });
      expect(await headOffice.app.call('headOffice.import', { files: [file], ...(await confirmedKey(office)) })).toMatchObject([{ officeCode: 'JX01', added: 1 }]);
      expect(await headOffice.app.call('headOffice.offices', {})).toMatchObject([{ code: 'JX01', name: '锦绣花园管理处', counts: { complaints: 1 } }]);
      expect(await headOffice.app.call('headOffice.records', { officeCode: 'JX01' })).toMatchObject({ total: 1, items: [{ key: 'TS-202611-0001', summary: '门禁卡失灵', versions: 1 }] });
      expect((await headOffice.app.call('headOffice.records', { officeCode: 'XX99' })).total).toBe(0);
    } finally {
      await office.close();
      await headOffice.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
