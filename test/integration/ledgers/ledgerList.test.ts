import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/app/openApp';
import { shippedLedgers } from '../../../electron/app/modules/modules';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { readZip } from '../../../electron/app/archive/zipIn';
import { workbookPath } from '../../../electron/app/archive/archiveFormat';
import { fixedClock } from '../../../electron/app/clock';
import { channels } from '../../../shared/contract/channels';
import type { ExportedFile } from '../../../shared/domain/statistics/statistics';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { createKeyLoanTable, keyLoanLedger, type KeyLoan } from '../../fixtures/keyLoanLedger';

/** The test: a ledger defined only in a fixture joins through one list entry and shows up everywhere. */
describe('a ledger the app does not ship, added by one entry in the ledger list', () => {
  let office: TestOffice;
  let loan: KeyLoan;
  beforeAll(async () => {
    office = await openTestOffice({ ledgers: [...shippedLedgers, keyLoanLedger] });
    await createKeyLoanTable(office.app.ctx.db);
    loan = (await office.asClerk.call('keyLoans.create' as never, { roomId: office.room.id, borrower: '装修队李师傅', phone: '13700001111', lentAt: '2026-11-23T09:00' } as never)) as KeyLoan;
  });
  afterAll(() => office.close());

  it('is in the contract and the handler table, its input checked and its write numbered in its own scheme', async () => {
    expect(office.app.contract['keyLoans.create']).toMatchObject({ mode: 'write', access: 'staff', folder: 'office' });
    expect(typeof office.app.handlers['keyLoans.export']).toBe('function');
    // The shipped contract the renderer is typed by is untouched.
    expect(Object.hasOwn(channels, 'keyLoans.create')).toBe(false);
    expect(loan).toMatchObject({ number: 'YJ-202611-0001', borrower: '装修队李师傅' });
    const refused = await office.app.invoke('keyLoans.create', { roomId: office.room.id, borrower: '', lentAt: '2026-11-23T09:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'borrower' } });
    expect(await office.asClerk.call('keyLoans.list' as never, {} as never)).toMatchObject({ total: 1, items: [{ number: 'YJ-202611-0001' }] });
  });

  it('shows on the room page beside the shipped ledgers, open while the key is out', async () => {
    const page = await office.asClerk.call('rooms.history', { id: office.room.id });
    expect(page.items).toContainEqual(expect.objectContaining({ kind: 'keyLoan', number: 'YJ-202611-0001', open: true, statusLabel: '借出中' }));
    expect(page.counts).toContainEqual({ kind: 'keyLoan', total: 1, open: 1 });
  });

  it('exports its list through the one exporter, phones masked unless the export is full', async () => {
    const file = (await office.asSupervisor.call('keyLoans.export' as never, {} as never)) as ExportedFile;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64!, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('钥匙借用')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['YJ-202611-0001', '装修队李师傅', '137****1111']);
    expect(file.fileName).toMatch(/^钥匙借用-\d{8}-\d{4}\.xlsx$/);
  });

  it('travels in the monthly archive: its NDJSON with its history, its sheet, and the archive verifies', async () => {
    const out = mkdtempSync(join(tmpdir(), 'taizhang-keyloans-'));
    try {
      const { file, manifest } = await exportArchive(office.app.ctx, { outDir: out, period: { month: '2026-11' }, staffId: office.supervisor.id });
      expect(manifest.counts).toMatchObject({ keyLoans: 1 });
      const { entries } = await readZip(file);
      const line = JSON.parse(entries.get('ledgers/keyLoans.ndjson')!.toString('utf8').trim()) as { key: string; history: { summary: string }[] };
      expect(line).toMatchObject({ key: 'YJ-202611-0001', history: [{ summary: '登记钥匙借用 YJ-202611-0001' }] });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(entries.get(workbookPath)! as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('钥匙借用')!;
      const values = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
      expect(values).toEqual(expect.arrayContaining(['YJ-202611-0001', '装修队李师傅', '137****1111']));
      expect((await verifyArchive(file)).ok).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the ledger list refuses what two ledgers would both claim', () => {
  const open = async (ledgers: typeof shippedLedgers) => {
    const data = tempDataDir();
    try {
      const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00'), ledgers });
      await app.close();
    } finally {
      data.remove();
    }
  };

  it('a channel name declared twice', async () => {
    const copy = { ...keyLoanLedger, name: 'keyLoans2', numbering: [{ prefix: 'YK', entity: 'keyLoan2' }], channels: { 'complaints.create': keyLoanLedger.channels['keyLoans.create'] } };
    await expect(open([...shippedLedgers, copy as never])).rejects.toThrow('channel complaints.create is declared twice');
  });

  it('a record prefix or a history entity used twice', async () => {
    const prefix = { ...keyLoanLedger, numbering: [{ prefix: 'TS', entity: 'keyLoan' }] };
    await expect(open([...shippedLedgers, prefix])).rejects.toThrow('record prefix TS is declared twice');
    const entity = { ...keyLoanLedger, numbering: [{ prefix: 'YJ', entity: 'complaint' }] };
    await expect(open([...shippedLedgers, entity])).rejects.toThrow('history entity complaint is declared twice');
  });

  it('a channel its ledger declares but does not handle', async () => {
    const unhandled = { ...keyLoanLedger, handlers: () => ({}) };
    await expect(open([...shippedLedgers, unhandled as never])).rejects.toThrow('keyLoans: channel keyLoans.create has no handler');
  });
});
