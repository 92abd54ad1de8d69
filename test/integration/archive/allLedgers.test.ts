import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedKey, openHeadOffice, openTestOffice, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { complaintAt, tinyPdf } from '../../helpers/lifecycle';
import { completion, dispatchTo, repairIntake } from '../../helpers/repairs';
import { agentIdNumber, customerIdNumber, lossIntake, tinyPng } from '../../helpers/lossDeclaration';
import { rewriteZip } from '../../helpers/archiveZip';
import { pdfText } from '../../helpers/pdf';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { readZip } from '../../../electron/app/archive/zipIn';

import { idsInPeriod } from '../../../electron/app/archive/archiveRepository';
import { importArchive } from '../../../electron/app/headOffice/headOfficeImport';
import { printsDir } from '../../../electron/app/forms/printService';
import { maskIdNumber } from '../../../shared/domain/masking';
import type { ArchiveManifest } from '../../../electron/app/archive/archiveFormat';

/** One office with a record in every ledger, archived once: every ledger travels, round trips and is guarded. */
describe('archives carry every ledger', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let file: string;
  let manifest: ArchiveManifest;
  let entries: Map<string, Buffer>;
  let historyBefore: number;
  let printsBefore: string[];
  let lossNumber: string;

  beforeAll(async () => {
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-all-'));
    const clerk = office.asClerk;
    const complaint = await complaintAt(office, 'archived');
    await clerk.call('inspections.create', {
      complaintId: complaint.id,
      inspectedAt: '2026-11-23T09:55',
      place: '3 栋 1 单元电梯',
      inspectorStaffId: office.clerk.id,
      findings: '15 楼按钮已修好',
      outcome: 'resolved',
    });
    const repair = await clerk.call('repairs.create', repairIntake(office));
    await clerk.call('repairs.dispatch', dispatchTo(office, repair.id));
    await clerk.call('repairs.collect', { id: repair.id });
    await clerk.call('repairs.arrive', { id: repair.id });
    await clerk.call('repairs.complete', completion(repair.id));
    const call = await clerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId: office.room.id, callerName: '陈喆', phone: '13912345678', matter: '问物业费' });
    await clerk.call('calls.answer', { id: call.id, answer: '每季度初缴纳' });
    await clerk.call('calls.create', { calledAt: '2026-11-23T09:40', phone: '13700001111', matter: '门口有积水' });
    const loss = await clerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李娜', agentIdNumber }));
    lossNumber = loss.number;
    await clerk.call('lossDeclarations.attach', { id: loss.id, kind: 'idCard', fileName: '身份证.png', contentBase64: tinyPng.toString('base64') });
    await clerk.call('lossDeclarations.recordStub', {
      id: loss.id,
      foundByStaffId: office.supervisor.id,
      foundAt: '2026-11-23T10:00',
      fileName: '记账联.pdf',
      contentBase64: tinyPdf.toString('base64'),
    });
    printsBefore = readdirSync(printsDir(office.app.ctx.dataDir));
    historyBefore = (await office.app.ctx.db.selectFrom('record_history').select('id').execute()).length;
    ({ file, manifest } = await exportArchive(office.app.ctx, { outDir: out, staffId: office.supervisor.id }));
    entries = (await readZip(file)).entries;
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('counts every ledger, with a PDF of each record and the attachments, without printing anything for anyone', async () => {
    expect(manifest.counts).toEqual({ complaints: 1, repairs: 1, calls: 2, revisits: expect.any(Number), inspections: 1, lossDeclarations: 1 });
    expect(manifest.counts.revisits).toBeGreaterThanOrEqual(1);
    const paths = [...entries.keys()];
    for (const ledger of office.app.ctx.ledgers.archives) expect(paths).toContain(`ledgers/${ledger.name}.ndjson`);
    expect(paths.filter((path) => path.startsWith('pdf/repairs/'))).toHaveLength(2);
    // Both calls of the day are on one 来电记录表.
    expect(paths.filter((path) => path.startsWith('pdf/calls/'))).toEqual(['pdf/calls/客户来电记录表-2026-11-23.pdf']);
    expect(paths.filter((path) => path.startsWith('pdf/revisits/'))).toHaveLength(manifest.counts.revisits!);
    expect(paths.filter((path) => path.startsWith('pdf/inspections/'))).toHaveLength(1);
    expect(paths).toContain(`pdf/lossDeclarations/${lossNumber}.pdf`);
    expect(paths).toContain('statistics/2026-11-客户投诉处理统计分析报告.pdf');
    expect(paths).toContain('statistics/2026-11-客户投诉处理统计分析报告.xlsx');

    const loss = JSON.parse(entries.get('ledgers/lossDeclarations.ndjson')!.toString('utf8'));
    // Not a full-data archive: ID numbers masked, the ID-card scan stays at the office.
    expect(loss.record).toMatchObject({ idNumber: maskIdNumber(customerIdNumber), agentIdNumber: maskIdNumber(agentIdNumber) });
    expect(entries.get('ledgers/lossDeclarations.ndjson')!.toString('utf8')).not.toMatch(new RegExp(`${customerIdNumber}|${agentIdNumber}`));
    expect(loss.attachments.map((a: { kind: string }) => a.kind)).toEqual(['stub']);
    expect([...entries.values()].some((content) => content.equals(tinyPng))).toBe(false);
    for (const attachment of loss.attachments) expect(paths).toContain(attachment.path);
    expect(loss.history.map((row: { action: string }) => row.action).length).toBeGreaterThanOrEqual(3);

    const pdfFile = join(out, 'loss.pdf');
    writeFileSync(pdfFile, entries.get(`pdf/lossDeclarations/${lossNumber}.pdf`)!);
    const text = pdfText(pdfFile);
    expect(text).toContain(lossNumber);
    expect(text).not.toContain(customerIdNumber);
    rmSync(pdfFile);

    // Exporting wrote only its own audit row: no print noted on any record, nothing saved under prints/.
    const history = await office.app.ctx.db.selectFrom('record_history').select(['entity', 'action']).orderBy('id').execute();
    expect(history.slice(historyBefore)).toEqual([{ entity: 'archive', action: '导出归档' }]);
    expect(readdirSync(printsDir(office.app.ctx.dataDir))).toEqual(printsBefore);
  });

  it('masks ID numbers and phones of loss declarations in the workbook, each ledger on its Chinese sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(entries.get('台账.xlsx')! as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['投诉', '报修', '来电', '回访', '巡查', '遗失声明']);
    const sheet = workbook.getWorksheet('遗失声明')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['身份证号', '代理人身份证号', '联系电话']));
    const values = JSON.stringify(workbook.worksheets.map((each) => each.getSheetValues()));
    expect(values).not.toContain(customerIdNumber);
    expect(values).not.toContain(agentIdNumber);
    expect(values).not.toContain('13700001111');
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining([maskIdNumber(customerIdNumber), maskIdNumber(agentIdNumber), '139****5678']));
  });

  it('round trip: verify passes and head office holds exactly the source records of every ledger', async () => {
    expect(await verifyArchive(file)).toMatchObject({ ok: true, problems: [] });
    const result = await importArchive(headOffice.app.ctx, file, null, await confirmedKey(office));
    const total = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0);
    expect(result).toMatchObject({ added: total, replaced: 0 });
    const rows = await headOffice.app.ctx.db.selectFrom('hq_records').selectAll().orderBy(sql`rowid`).execute();
    for (const ledger of office.app.ctx.ledgers.archives) {
      const ids = await idsInPeriod(office.app.ctx.db, ledger, manifest.period);
      const source = await Promise.all(ids.map((id) => ledger.load(office.app.ctx, id)));
      const imported = rows.filter((row) => row.ledger === ledger.name).map((row) => JSON.parse(row.content));
      expect(imported, ledger.name).toEqual(JSON.parse(JSON.stringify(source)));
    }
    const losses = await headOffice.app.call('headOffice.records', { officeCode: 'JX01', ledger: 'lossDeclarations' });
    expect(losses).toMatchObject({ total: 1, items: [{ key: lossNumber, ledgerLabel: '遗失声明', status: '挂失中' }] });
    const offices = await headOffice.app.call('headOffice.offices', {});
    expect(offices[0]!.ledgerLabels).toMatchObject({ repairs: '报修', calls: '来电', revisits: '回访', inspections: '巡查' });
  });

  it('carries full ID numbers and the ID-card scans only in a full-data archive, recorded as one', async () => {
    const full = await exportArchive(office.app.ctx, { outDir: out, fullData: true, staffId: office.supervisor.id });
    const fullEntries = (await readZip(full.file)).entries;
    const loss = JSON.parse(fullEntries.get('ledgers/lossDeclarations.ndjson')!.toString('utf8'));
    expect(loss.record).toMatchObject({ idNumber: customerIdNumber, agentIdNumber });
    expect(loss.attachments.map((a: { kind: string }) => a.kind)).toEqual(['idCard', 'stub']);
    expect([...fullEntries.values()].some((content) => content.equals(tinyPng))).toBe(true);
    const recorded = await office.app.ctx.db.selectFrom('record_history').select(['action', 'staff_id']).where('entity', '=', 'archive').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(recorded).toEqual({ action: '导出归档(完整个人信息)', staff_id: office.supervisor.id });
    rmSync(full.file);
  });

  it('a changed loss declaration file is caught by verify and refused by import', async () => {
    const target = join(out, 'tampered.zip');
    await rewriteZip(file, target, (e) => {
      const text = e.get('ledgers/lossDeclarations.ndjson')!.toString('utf8');
      e.set('ledgers/lossDeclarations.ndjson', Buffer.from(text.replace('NO.0012345', 'NO.0099999'), 'utf8'));
    });
    expect(await verifyArchive(target)).toMatchObject({ ok: false, problems: [{ kind: 'changed', path: 'ledgers/lossDeclarations.ndjson' }] });
    await expect(importArchive(headOffice.app.ctx, target, null)).rejects.toThrow('【文件被改动】');
  });
});
