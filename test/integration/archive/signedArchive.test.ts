import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '../../../electron/app/clock';
import { complaintIntake, confirmedKey, openHeadOffice, openTestOffice, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { resign, rewriteZip } from '../../helpers/archiveZip';
import { steps } from '../../helpers/lifecycle';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { importArchive } from '../../../electron/app/headOffice/headOfficeImport';
import { headOfficeFilesDir } from '../../../electron/app/headOffice/headOfficeFiles';
import { officeSigningKey } from '../../../electron/app/archive/officeSigningKey';
import { keyFingerprint, newKeyPair, type KeyPair } from '../../../electron/app/archive/archiveSignature';
import { historyRowHash } from '../../../electron/app/history/historyChain';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const ledger = 'ledgers/complaints.ndjson';

/** Change the complaints' NDJSON lines and list the new bytes in the manifest, as a forger with a zip tool would. */
function editRecords(entries: Map<string, Buffer>, edit: (record: Record<string, any>) => void): void {
  const lines = entries.get(ledger)!.toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
  lines.forEach(edit);
  entries.set(ledger, Buffer.from(lines.map((line) => `${JSON.stringify(line)}\n`).join(''), 'utf8'));
  editManifest(entries, (manifest) => (manifest.files[ledger] = { sha256: sha256(entries.get(ledger)!), size: entries.get(ledger)!.length }));
}

function editManifest(entries: Map<string, Buffer>, edit: (manifest: Record<string, any>) => void): void {
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
  edit(manifest);
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
}

/**
 * Archives are signed by the office's own Ed25519 key, which head office pins at the first import (its
 * fingerprint confirmed by phone): a re-hashed forgery, a dropped history row, a claimed office code, a forged
 * newer revision and a rewritten history are all refused whole.
 */
describe('signed archives', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let genuine: string;
  let officeKey: KeyPair;
  const stranger = newKeyPair();
  const clock = settableClock();
  const heldRows = () => headOffice.app.ctx.db.selectFrom('hq_records').selectAll().orderBy(sql`rowid`).execute();
  const forged = async (name: string, edit: (entries: Map<string, Buffer>) => void) => {
    const target = join(out, `${name}.zip`);
    await rewriteZip(genuine, target, edit);
    return target;
  };

  beforeAll(async () => {
    clock.set('2026-10-20T10:00:00');
    office = await openTestOffice({ clock });
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-sig-'));
    await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-10-20T09:30', content: '十月:电梯异响' }));
    const created = (await office.asClerk.call('complaints.list', {})).items[0]!;
    await office.asClerk.call('complaints.dispatch', steps.dispatch(office, created.id));
    clock.set('2026-10-31T18:00:00');
    genuine = (await exportArchive(office.app.ctx, { outDir: out, period: { month: '2026-10' }, staffId: null })).file;
    officeKey = (await officeSigningKey(office.app.ctx.db))!;
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('verifies the genuine archive, naming the fingerprint the office shows', async () => {
    const fingerprint = await office.asSupervisor.call('archive.keyFingerprint', {});
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    expect(await verifyArchive(genuine)).toMatchObject({ ok: true, summary: { keyFingerprint: fingerprint } });
  });

  it("refuses an office's first archive until its fingerprint is confirmed, then pins its key", async () => {
    await expect(importArchive(headOffice.app.ctx, genuine, null)).rejects.toThrow(`其签名密钥的指纹为 ${keyFingerprint(officeKey.publicKey)}`);
    await expect(importArchive(headOffice.app.ctx, genuine, null, { confirmedKeys: [keyFingerprint(stranger.publicKey)] })).rejects.toThrow('第一次导入');
    expect(await heldRows()).toEqual([]);
    // Refused before its prints were stored: nothing of it is left in head office's folder.
    const storedFiles = () => (existsSync(headOfficeFilesDir(headOffice.dataDir)) ? readdirSync(headOfficeFilesDir(headOffice.dataDir), { recursive: true }).length : 0);
    expect(storedFiles()).toBe(0);
    expect(await importArchive(headOffice.app.ctx, genuine, null, await confirmedKey(office))).toMatchObject({ officeCode: 'JX01', added: 1 });
    expect(storedFiles()).toBeGreaterThan(0);
    const pinned = await headOffice.app.ctx.db.selectFrom('hq_office_keys').selectAll().execute();
    expect(pinned).toMatchObject([{ office_code: 'JX01', public_key: officeKey.publicKey, fingerprint: keyFingerprint(officeKey.publicKey) }]);
  });

  it('refuses a changed record with a recomputed manifest, signed again by nobody or by a stranger', async () => {
    const before = await heldRows();
    const change = (entries: Map<string, Buffer>) => editRecords(entries, (record) => (record.record.content = '十月:电梯正常'));
    const unsigned = await forged('rehashed', change);
    expect(await verifyArchive(unsigned)).toMatchObject({ ok: false, problems: [{ kind: 'signature' }] });
    await expect(importArchive(headOffice.app.ctx, unsigned, null)).rejects.toThrow('【签名不符】');

    const strangers = await forged('stranger', (entries) => (change(entries), resign(entries, stranger)));
    // Whole and signed, but not by the key head office pinned for JX01.
    expect(await verifyArchive(strangers)).toMatchObject({ ok: true, summary: { keyFingerprint: keyFingerprint(stranger.publicKey) } });
    await expect(importArchive(headOffice.app.ctx, strangers, null, { confirmedKeys: [keyFingerprint(stranger.publicKey)] })).rejects.toThrow(
      '与总部登记的(指纹',
    );
    expect(await heldRows()).toEqual(before);
  });

  it('refuses a forged next revision from a stranger, which would otherwise become the current version', async () => {
    const before = await heldRows();
    const next = await forged('revision', (entries) => {
      editRecords(entries, (record) => ((record.revision += 1), (record.record.content = '伪造的新版本')));
      resign(entries, stranger);
    });
    await expect(importArchive(headOffice.app.ctx, next, null)).rejects.toThrow('可能是伪造的归档');
    expect(await heldRows()).toEqual(before);
  });

  it('refuses an archive claiming another office code, whoever signed it', async () => {
    const claim = (entries: Map<string, Buffer>) => editManifest(entries, (manifest) => (manifest.office = { ...manifest.office, code: 'ZZ99', name: '冒名管理处' }));
    const ownKey = await forged('claimed-own', (entries) => (claim(entries), resign(entries, officeKey)));
    await expect(importArchive(headOffice.app.ctx, ownKey, null, { confirmedKeys: [keyFingerprint(officeKey.publicKey)] })).rejects.toThrow(
      '签名却是 JX01 管理处的密钥',
    );
    // A stranger's key for an office head office has never seen: not created without a confirmed fingerprint.
    const strangers = await forged('claimed-stranger', (entries) => (claim(entries), resign(entries, stranger)));
    await expect(importArchive(headOffice.app.ctx, strangers, null)).rejects.toThrow('冒名管理处(ZZ99)的归档是第一次导入');
    expect(await headOffice.app.call('headOffice.offices', {})).toMatchObject([{ code: 'JX01' }]);
  });

  it("refuses a record's history row left out, even signed with the office's own key", async () => {
    const dropped = await forged('dropped', (entries) => {
      editRecords(entries, (record) => record.history.splice(1, 1));
      resign(entries, officeKey);
    });
    const report = await verifyArchive(dropped);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'chain', message: expect.stringContaining('归档的记录缺少修改记录') })]);
    await expect(importArchive(headOffice.app.ctx, dropped, null)).rejects.toThrow('【历史链不连续】');
  });

  it("holds next month's chain to continue this one's, and refuses it once the office rewrote its history", async () => {
    clock.set('2026-11-03T09:00:00');
    await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-03T08:30', content: '十一月:门禁失灵' }));
    clock.set('2026-11-30T18:00:00');
    const november = (await exportArchive(office.app.ctx, { outDir: out, period: { month: '2026-11' }, staffId: null })).file;

    // Someone with the database rewrites an October row and re-seals every row after it: the office's own check passes.
    const db = office.app.ctx.db;
    const rows = await db.selectFrom('record_history').selectAll().orderBy('id').execute();
    let prev = '';
    for (const row of rows) {
      const summary = row.id === rows[0]!.id ? `${row.summary}(改)` : row.summary;
      const hash = historyRowHash(prev, { ...row, summary });
      await db.updateTable('record_history').set({ summary, prev_hash: prev, hash }).where('id', '=', row.id).execute();
      prev = hash;
    }
    expect(await office.app.as(office.supervisor.id).call('audit.verify', {})).toMatchObject({ ok: true });
    clock.set('2026-12-01T09:00:00');
    const rewritten = (await exportArchive(office.app.ctx, { outDir: out, period: { month: '2026-11' }, staffId: null })).file;
    await expect(importArchive(headOffice.app.ctx, rewritten, null)).rejects.toThrow(/2026-11 归档的历史链与已导入的 2026-10 归档不一致/);

    // The archive made before the rewrite continues October's and is imported.
    expect(await importArchive(headOffice.app.ctx, november, null)).toMatchObject({ period: '2026-11', added: 1 });
    const imports = await headOffice.app.ctx.db.selectFrom('hq_imports').select(['period_label', 'chain_start_id', 'chain_end_id']).orderBy(sql`rowid`).execute();
    expect(imports[1]!.chain_start_id).toBeLessThanOrEqual(imports[0]!.chain_end_id!);
  });
});
