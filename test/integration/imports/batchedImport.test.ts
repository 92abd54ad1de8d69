import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { importFile, writeWorkbook, type SheetCell } from '../../helpers/imports';
import { stagedFile, stageUpload } from '../../../electron/app/imports/stagedFiles';
import { importKind } from '../../../electron/app/imports/importKinds';
import { openImportFile } from '../../../electron/app/imports/importOpen';
import { runImport } from '../../../electron/app/imports/importRun';
import type { AnyImportKind } from '../../../electron/app/imports/importKind';

/**
 * An import writes its records 500 at a time in multi-row statements: a ledger of 1,203 rows crosses two batch
 * boundaries and ends in a short batch. Every row must come in as a record-at-a-time import would have written it
 * (fields, numbers, 原编号, history, search, the experience base's words), and the import stays all or nothing.
 */
describe('a complaint ledger imported in batches', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-batched-import-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  const rowCount = 1203;
  const header = ['投诉编号', '投诉日期', '房号', '业主姓名', '联系电话', '投诉内容', '投诉类别', '严重程度', '受理人', '处理结果'];
  const topics = ['楼道灯不亮', '电梯夜间噪音', '垃圾未及时清运', '保安态度差', '绿化带积水'];
  /** Row i (1-based) of the ledger: months of 2025 in turn, every third settled; the last row's matter is its own. */
  const ledgerRow = (i: number, change: Partial<Record<number, SheetCell>> = {}): SheetCell[] => {
    const row: SheetCell[] = [
      `JX-${i}`,
      `2025/${(i % 12) + 1}/${(i % 28) + 1} ${8 + (i % 10)}:${String(i % 60).padStart(2, '0')}`,
      i % 2 === 0 ? '3-1-1502' : null,
      `业主${i % 7}`,
      `139${String(10_000_000 + i).slice(-8)}`,
      i === rowCount ? '地下车库排风机噪音扰民' : `第 ${i} 次反映:${topics[i % topics.length]}`,
      i % 2 === 0 ? '维修' : '保洁',
      '一般',
      i % 5 === 0 ? '王堃' : null,
      i % 3 === 0 ? `已处理(${i})` : null,
    ];
    for (const [index, value] of Object.entries(change)) row[Number(index)] = value ?? null;
    return row;
  };
  const ledger = (name: string, change: (i: number) => Partial<Record<number, SheetCell>> = () => ({})) =>
    writeWorkbook(files.dir, name, [header, ...Array.from({ length: rowCount }, (_, index) => ledgerRow(index + 1, change(index + 1)))]);

  const count = async (table: 'complaints' | 'import_batches' | 'import_rows' | 'record_history' | 'case_words' | 'record_sequences') =>
    Number((await office.app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const stored = async () => [await count('complaints'), await count('import_batches'), await count('import_rows'), await count('record_history'), await count('case_words')];

  /** The run itself (the page's second step), on the file as its dry run would plan it; `kind` may be replaced. */
  const plannedRun = async (target: TestOffice, file: string, options: { kind?: (kind: AnyImportKind) => AnyImportKind; signal?: AbortSignal; onProgress?: (done: number) => void } = {}) => {
    const upload = await stageUpload(target.app.ctx.dataDir, file.split('/').pop()!, readFileSync(file));
    const staged = await stagedFile(target.app.ctx.dataDir, upload.fileId);
    const complaints = importKind(target.app.ctx, 'complaints');
    const kind = options.kind ? options.kind(complaints) : complaints;
    const info = await openImportFile(staged, kind, null, null);
    return runImport(target.app.ctx, { file: staged, kind, sheet: info.sheet, headerRow: info.headerRow, mapping: info.mapping }, target.supervisor.id, options);
  };

  it('stores every row with its fields, number, 原编号, history and search, and a re-import changes nothing', async () => {
    const file = await ledger('投诉台账2025.xlsx');
    const { check, imported } = await importFile(office.asSupervisor, file, 'complaints');
    expect(check.counts).toEqual({ rows: rowCount, ready: rowCount, skipped: 0, failed: 0 });
    expect(imported).toMatchObject({ state: 'done', counts: { ready: rowCount } });

    const db = office.app.ctx.db;
    const records = await db
      .selectFrom('import_rows')
      .innerJoin('complaints', 'complaints.id', 'import_rows.entity_id')
      .innerJoin('staff', 'staff.id', 'complaints.receiver_staff_id')
      .select(['import_rows.row_number', 'import_rows.original_number', 'complaints.id', 'complaints.number', 'complaints.received_at', 'complaints.content', 'complaints.phone', 'complaints.room_label', 'complaints.category', 'complaints.status', 'complaints.handling_result', 'staff.name as receiver'])
      .where('import_rows.entity', '=', 'complaint')
      .orderBy('import_rows.row_number')
      .execute();
    expect(records).toHaveLength(rowCount);
    const history = new Map(
      (await db.selectFrom('record_history').select(['entity_id', 'summary']).where('entity', '=', 'complaint').execute()).map((row) => [row.entity_id, row.summary] as const),
    );
    expect(history.size).toBe(rowCount);
    const perMonth = new Map<string, number>();
    records.forEach((record, index) => {
      const i = index + 1;
      const month = `2025${String((i % 12) + 1).padStart(2, '0')}`;
      // Numbered in the office's scheme, each month's in file order.
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      const number = `TS-${month}-${String(perMonth.get(month)).padStart(4, '0')}`;
      expect(record).toEqual({
        row_number: i + 1,
        original_number: `JX-${i}`,
        id: record.id,
        number,
        received_at: `2025-${month.slice(4)}-${String((i % 28) + 1).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
        content: i === rowCount ? '地下车库排风机噪音扰民' : `第 ${i} 次反映:${topics[i % topics.length]}`,
        phone: `139${String(10_000_000 + i).slice(-8)}`,
        room_label: i % 2 === 0 ? '3-1-1502' : null,
        category: i % 2 === 0 ? 'maintenance' : 'cleaning',
        status: i % 3 === 0 ? 'resolved' : 'accepted',
        handling_result: i % 3 === 0 ? `已处理(${i})` : null,
        // Without a 受理人 the importer (周珺) received it.
        receiver: i % 5 === 0 ? '王堃' : '周珺',
      });
      expect(history.get(record.id)).toBe(`从 Excel 导入 ${number}:“投诉台账2025.xlsx”第 ${i + 1} 行,原编号 JX-${i}`);
    });
    // The history chain, written a batch at a time, still seals every entry.
    expect(await office.asSupervisor.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
    // The list's search finds a record of the last, short batch; the experience base holds every case's words.
    const found = await office.app.call('complaints.list', { q: '排风机' });
    expect(found.items.map((item) => item.number)).toEqual([records.at(-1)!.number]);
    expect((await office.app.call('complaints.list', { q: '垃圾未及时清运' })).total).toBe(records.filter((_, index) => (index + 1) % topics.length === 2).length);
    expect(await count('case_words')).toBe(rowCount);
    const totals = await db.selectFrom('case_word_totals').select(['docs']).executeTakeFirstOrThrow();
    expect(totals.docs).toBe(rowCount);

    const before = await stored();
    const again = await importFile(office.asSupervisor, file, 'complaints');
    expect(again).toMatchObject({ imported: null, check: { counts: { rows: rowCount, ready: 0, skipped: rowCount, failed: 0 } } });
    const copy = await ledger('投诉台账2025-副本.xlsx');
    const repeated = await importFile(office.asSupervisor, copy, 'complaints');
    expect(repeated).toMatchObject({ imported: null, check: { counts: { rows: rowCount, ready: 0, skipped: rowCount, failed: 0 } } });
    expect(await stored()).toEqual(before);
  });

  it('writes the same records, history, search and case words as writing a record at a time', async () => {
    const file = await ledger('投诉台账.xlsx');
    const single = await openTestOffice();
    try {
      await plannedRun(office, file);
      await plannedRun(single, file, { kind: (kind) => ({ ...kind, writeMany: undefined }) });
      const tables = async (target: TestOffice) => {
        const db = target.app.ctx.db;
        const { rows: complaints } = await sql<Record<string, unknown>>`SELECT * FROM complaints ORDER BY number`.execute(db);
        const { rows: history } = await sql`SELECT c.number, h.action, h.summary, h.revision FROM record_history h JOIN complaints c ON c.id = h.entity_id WHERE h.entity = 'complaint' ORDER BY h.id`.execute(db);
        const { rows: words } = await sql`SELECT c.number, w.words FROM case_words w JOIN complaints c ON c.id = w.complaint_id ORDER BY c.number`.execute(db);
        const { rows: counts } = await sql`SELECT word, docs FROM case_word_counts ORDER BY word`.execute(db);
        const { rows: totals } = await sql`SELECT docs, words FROM case_word_totals`.execute(db);
        const { rows: importRows } = await sql`SELECT row_number, original_number, fingerprint FROM import_rows ORDER BY row_number`.execute(db);
        const searches = [];
        for (const q of ['排风机', '电梯', '业主3', '1502', 'yz', '0042']) searches.push((await target.app.call('complaints.list', { q })).items.map((item) => item.number).sort());
        return { complaints: complaints.map(({ id: _id, ...rest }) => rest), history, words, counts, totals, importRows, searches };
      };
      const batched = await tables(office);
      expect(batched.complaints).toHaveLength(rowCount);
      expect(batched.counts.length).toBeGreaterThan(5);
      expect(batched).toEqual(await tables(single));
    } finally {
      await single.close();
    }
  });

  it('rolls everything back when a row of the third batch fails on the real run', async () => {
    const before = [await stored(), await count('record_sequences')];
    // Row 1,100 is the third batch's: two batches are written before the run comes to it.
    const file = await ledger('投诉台账-有误.xlsx', (i) => (i === 1100 ? { 4: '1381234567' } : {}));
    await expect(plannedRun(office, file)).rejects.toThrow(/导入时发现 1 行有问题.*全部未导入:第 1101 行“联系电话”/);
    expect([await stored(), await count('record_sequences')]).toEqual(before);
    expect((await office.app.call('complaints.list', { q: '楼道灯不亮' })).total).toBe(0);
  });

  it('stores nothing when cancelled midway, after batches were written', async () => {
    const before = [await stored(), await count('record_sequences')];
    const file = await ledger('投诉台账-取消.xlsx');
    const cancel = new AbortController();
    const progress: number[] = [];
    const run = plannedRun(office, file, {
      signal: cancel.signal,
      onProgress(done) {
        progress.push(done);
        if (done >= 1000) cancel.abort();
      },
    });
    await expect(run).rejects.toThrow('已取消,没有导入任何内容');
    expect(progress.at(-1)).toBe(1000);
    expect([await stored(), await count('record_sequences')]).toEqual(before);
  });
});
