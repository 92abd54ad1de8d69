import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { readZip } from '../../../electron/app/archive/zipIn';
import { rewriteZip } from '../../helpers/archiveZip';
import { pdfText } from '../../helpers/pdf';

describe('archive export and verify', () => {
  let office: TestOffice;
  let out: string;
  beforeEach(async () => {
    office = await openTestOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-out-'));
  });
  afterEach(async () => {
    await office.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes one zip with manifest, NDJSON with history, workbook with masked phones, PDFs and attachments', async () => {
    const archived = await complaintAt(office, 'archived');
    await office.asClerk.call('complaints.create', complaintIntake(office, { phone: '13700001111', content: '地下车库灯不亮' }));
    const stages: string[] = [];
    const { file, manifest } = await exportArchive(office.app.ctx, { outDir: out, staffId: office.supervisor.id, onProgress: (p) => stages.push(p.stage) });
    expect(file).toBe(join(out, 'taizhang-JX01-2026-11.zip'));
    expect(readdirSync(out)).toEqual(['taizhang-JX01-2026-11.zip']);
    expect(stages.length).toBeGreaterThan(3);
    expect(manifest).toMatchObject({ formatVersion: 2, office: { code: 'JX01', name: '锦绣花园管理处' }, period: { from: '2026-11-01', to: '2026-11-30', label: '2026-11' }, counts: { complaints: 2 }, fullData: false });

    const { entries } = await readZip(file);
    const paths = [...entries.keys()].sort();
    expect(paths).toContain('manifest.json');
    expect(paths).toContain('ledgers/complaints.ndjson');
    expect(paths).toContain('台账.xlsx');
    expect(paths).toContain(`pdf/complaints/${archived.number}-R${archived.revision}.pdf`);
    expect(paths.filter((path) => path.startsWith('pdf/workOrders/'))).toHaveLength(1);
    expect(paths.filter((path) => path.startsWith('attachments/'))).toHaveLength(1);
    expect(paths).toContain('chain.ndjson');
    // The signature is of the manifest's bytes, so it is the one file the manifest cannot list.
    expect(Object.keys(manifest.files).sort()).toEqual(paths.filter((path) => path !== 'manifest.json' && path !== 'signature.json'));

    const lines = entries.get('ledgers/complaints.ndjson')!.toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.key)).toEqual([archived.number, 'TS-202611-0002']);
    expect(lines[0].record.phone).toBe('13912345678');
    expect(lines[0].history.map((row: { action: string }) => row.action)).toContain('归档');
    expect(lines[0].parts.revisits).toHaveLength(1);

    const pdf = entries.get(`pdf/complaints/${archived.number}-R${archived.revision}.pdf`)!;
    const pdfFile = join(out, 'form.pdf');
    writeFileSync(pdfFile, pdf);
    expect(pdfText(pdfFile)).toContain(archived.number);
    rmSync(pdfFile);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(entries.get('台账.xlsx')! as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('投诉')!;
    expect(sheet.getRow(1).values).toContain('联系电话');
    expect(sheet.getRow(3).values).toContain('137****1111');
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain('13700001111');

    expect(await verifyArchive(file)).toMatchObject({ ok: true, problems: [], summary: { officeCode: 'JX01', counts: { complaints: 2 } } });
    const audit = await office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'archive').execute();
    expect(audit.map((row) => row.action)).toEqual(['导出归档']);
  });

  it('writes full phones only when asked, and records that request in the audit history', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office, { phone: '13700001111' }));
    const { file } = await exportArchive(office.app.ctx, { outDir: out, staffId: office.supervisor.id, fullData: true, period: { month: '2026-11' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readZip(file)).entries.get('台账.xlsx')! as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('投诉')!.getRow(2).values).toContain('13700001111');
    const audit = await office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'archive').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: '导出归档(完整个人信息)', staff_id: office.supervisor.id });
  });

  it('leaves no file behind when cancelled, and none when the folder cannot be written', async () => {
    await complaintAt(office, 'archived');
    const controller = new AbortController();
    await expect(
      exportArchive(office.app.ctx, { outDir: out, staffId: null, signal: controller.signal, onProgress: (p) => p.done === 2 && controller.abort() }),
    ).rejects.toThrow('已取消导出');
    expect(readdirSync(out)).toEqual([]);

    const notAFolder = join(out, 'file');
    writeFileSync(notAFolder, 'x');
    await expect(exportArchive(office.app.ctx, { outDir: notAFolder, staffId: null })).rejects.toThrow('这不是一个文件夹');
    await expect(exportArchive(office.app.ctx, { outDir: join(out, 'missing'), staffId: null })).rejects.toThrow('文件夹不存在');
    expect(readdirSync(out)).toEqual(['file']);
    expect(await office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'archive').execute()).toEqual([]);
  });

  describe('verify reports exactly what is wrong', () => {
    let file: string;
    beforeEach(async () => {
      await complaintAt(office, 'archived');
      file = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
    });
    const tampered = async (edit: (entries: Map<string, Buffer>) => void) => {
      const target = join(out, 'tampered.zip');
      await rewriteZip(file, target, edit);
      return verifyArchive(target);
    };

    it('a changed file', async () => {
      const report = await tampered((entries) => {
        const text = entries.get('ledgers/complaints.ndjson')!.toString('utf8');
        entries.set('ledgers/complaints.ndjson', Buffer.from(text.replace('13912345678', '13912345679'), 'utf8'));
      });
      expect(report).toMatchObject({ ok: false, problems: [{ kind: 'changed', path: 'ledgers/complaints.ndjson' }] });
    });
    it('a missing file', async () => {
      const report = await tampered((entries) => entries.delete('台账.xlsx'));
      expect(report).toMatchObject({ ok: false, problems: [{ kind: 'missing', path: '台账.xlsx' }] });
    });
    it('an extra file', async () => {
      const report = await tampered((entries) => entries.set('pdf/complaints/fake.pdf', Buffer.from('%PDF-1.4')));
      expect(report).toMatchObject({ ok: false, problems: [{ kind: 'extra', path: 'pdf/complaints/fake.pdf' }] });
    });
    it('an unknown format version', async () => {
      const report = await tampered((entries) => {
        const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
        entries.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 3 })));
      });
      expect(report).toMatchObject({ ok: false, problems: [{ kind: 'unknownFormat', path: 'manifest.json' }] });
      expect(report.problems[0]!.message).toContain('版本为 3');
    });
    it('an unreadable zip', async () => {
      const truncated = join(out, 'truncated.zip');
      writeFileSync(truncated, readFileSync(file).subarray(0, 2000));
      expect(await verifyArchive(truncated)).toMatchObject({ ok: false, summary: null, problems: [{ kind: 'unreadable', path: null }] });
      expect(existsSync(truncated)).toBe(true);
    });
  });
});
