import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { buildOffice, type BuiltOffice } from '../../bench/generator/build';
import { officeNow } from '../../bench/generator/office';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { tempDataDir } from '../helpers/testApp';
import { inspectFile } from '../helpers/sqliteFile';
import { inTransaction } from '../../electron/app/db/transaction';
import { indexBacklog, queueEveryComplaint } from '../../electron/app/ledgers/complaints/complaintApi';
import { pollUntil } from '../helpers/poll';
import { checkIdNumber } from '../../shared/domain/idNumber';
import { busiestMonth } from '../../bench/parts/archive';
import { generatedWith, ledgerGenerators } from '../../bench/generator/registry';
import { shippedLedgers } from '../../electron/app/modules/modules';

const tables = [
  'rooms', 'owners', 'staff', 'complaints', 'work_orders', 'revisits', 'revisit_attempts', 'repairs', 'calls', 'inspections', 'loss_declarations',
  'attachments', 'record_history', 'record_attachments', 'record_sequences',
];
const records = (rows: Record<string, number>) =>
  ['complaints', 'work_orders', 'revisits', 'repairs', 'calls', 'inspections', 'loss_declarations'].reduce((sum, table) => sum + (rows[table] ?? 0), 0);

/** One digest of every generated table, row by row in id order. */
function digest(office: BuiltOffice): string {
  const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const table of tables) for (const row of raw.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  } finally {
    raw.close();
  }
}

describe('the benchmark office generator', () => {
  it('has a generator for every ledger the app ships, or names the ledger whose generator writes its records', () => {
    const generated = new Set(ledgerGenerators.map((generator) => generator.name));
    const missing = shippedLedgers.filter((ledger) => !generated.has(ledger.name) && !generated.has(generatedWith[ledger.name] ?? ''));
    expect(missing.map((ledger) => ledger.name)).toEqual([]);
  });

  const dirs = [tempDataDir(), tempDataDir(), tempDataDir()];
  afterAll(() => dirs.forEach((dir) => dir.remove()));

  it('builds the same office for the same seed and another for another seed', async () => {
    const first = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir });
    const again = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[1]!.dir });
    const other = await buildOffice({ seed: 43, size: 900, cacheDir: dirs[2]!.dir });
    expect(first.rows).toEqual(again.rows);
    expect(digest(first)).toBe(digest(again));
    expect(digest(other)).not.toBe(digest(first));
    // About the asked number of records across the ledgers.
    expect(records(first.rows)).toBeGreaterThan(880);
    expect(records(first.rows)).toBeLessThan(920);
    // Reused, not rebuilt, when asked again.
    expect((await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir })).reused).toBe(true);
  });

  it('writes an office the app opens, whose history chain verifies and whose search agrees with LIKE', async () => {
    const office = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir });
    const app = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
    try {
      const supervisor = (await app.ctx.db.selectFrom('staff').select('id').where('role', '=', 'supervisor').executeTakeFirstOrThrow()).id;
      const audit = await app.as(supervisor).call('audit.verify', {});
      expect(audit).toMatchObject({ ok: true, breaks: [] });
      expect(audit.checked).toBe(office.rows.record_history);
      const found = await app.as(supervisor).call('complaints.list', { q: '漏水', pageSize: 200 });
      const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
      const like = raw.prepare("SELECT id FROM complaints WHERE content LIKE '%漏水%' OR demand LIKE '%漏水%' ORDER BY received_at DESC, id DESC").pluck().all();
      raw.close();
      expect(like.length).toBeGreaterThan(0);
      expect(found.items.map((item) => item.id)).toEqual(like);
      // The experience base's index is what the app writes: indexing every complaint again changes nothing.
      const index = () =>
        inspectFile(office.databaseFile, (file) => ({
          totals: file.prepare('SELECT docs, words FROM case_word_totals').get(),
          counts: file.prepare('SELECT word, docs FROM case_word_counts WHERE docs > 0 ORDER BY word').all(),
          words: file.prepare('SELECT complaint_id, words FROM case_words ORDER BY complaint_id').all(),
        }));
      const written = index();
      expect(written.totals).toMatchObject({ docs: office.rows.complaints });
      await inTransaction(app.ctx.db, (trx) => queueEveryComplaint(trx));
      while ((await inTransaction(app.ctx.db, (trx) => indexBacklog(trx, 500))) > 0);
      expect(index()).toEqual(written);
      const leak = await app.as(supervisor).call('experience.suggest', { text: '卫生间漏水' });
      expect(leak.matches.filter((match) => match.kind === 'case').length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('writes every ledger, in shares close to a real office, which the app lists, opens and prints', async () => {
    const office = await buildOffice({ seed: 7, size: 3000, cacheDir: dirs[1]!.dir });
    const { rows } = office;
    for (const table of ['complaints', 'work_orders', 'revisits', 'repairs', 'calls', 'inspections', 'loss_declarations']) expect(rows[table], table).toBeGreaterThan(20);
    expect(records(rows)).toBeGreaterThan(2950);
    expect(records(rows)).toBeLessThan(3050);
    expect(rows.calls! / records(rows)).toBeCloseTo(0.2, 1);
    expect(rows.inspections! / records(rows)).toBeCloseTo(0.05, 1);

    const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
    const one = <T>(sql: string) => raw.prepare(sql).get() as T;
    try {
      // Links both ways, valid ID numbers, outcomes only after the 15-day period, revisits of repairs.
      expect(one<{ n: number }>("SELECT count(*) AS n FROM calls c JOIN repairs r ON r.id = c.repair_id AND r.call_id = c.id WHERE c.outcome = 'repair'").n).toBe(
        one<{ n: number }>("SELECT count(*) AS n FROM calls WHERE outcome = 'repair'").n,
      );
      expect(one<{ n: number }>("SELECT count(*) AS n FROM calls WHERE outcome = 'complaint' AND complaint_id IS NOT NULL").n).toBeGreaterThan(0);
      for (const { id_number } of raw.prepare('SELECT id_number FROM loss_declarations').all() as { id_number: string }[]) expect(checkIdNumber(id_number).ok).toBe(true);
      expect(one<{ n: number }>("SELECT count(*) AS n FROM loss_declarations WHERE outcome IS NOT NULL AND substr(outcome_at, 1, 10) <= period_ends_on").n).toBe(0);
      expect(one<{ n: number }>("SELECT count(*) AS n FROM loss_declarations WHERE outcome = 'refund' AND (stub_found_at IS NULL OR present_person != 'customer')").n).toBe(0);
      expect(one<{ n: number }>("SELECT count(*) AS n FROM revisits WHERE subject_kind = 'repair'").n).toBeGreaterThan(0);
    } finally {
      raw.close();
    }

    const app = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
    try {
      const supervisor = app.as((await app.ctx.db.selectFrom('staff').select('id').where('role', '=', 'supervisor').executeTakeFirstOrThrow()).id);
      const audit = await supervisor.call('audit.verify', {});
      expect(audit).toMatchObject({ ok: true, breaks: [] });
      const pdf = (printed: { pdfBase64: string }) => expect(Buffer.from(printed.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const complaint = (await supervisor.call('complaints.list', { pageSize: 5 })).items[0]!;
      expect(JSON.stringify(await supervisor.call('complaints.get', { id: complaint.id }))).toContain(complaint.number);
      pdf(await supervisor.call('complaints.print', { id: complaint.id }));
      const repairs = await supervisor.call('repairs.list', { pageSize: 5 });
      expect(repairs.total).toBe(rows.repairs);
      const repair = (await supervisor.call('repairs.get', { id: repairs.items[0]!.id })).repair;
      expect(repair.number).toBe(repairs.items[0]!.number);
      pdf(await supervisor.call('repairs.print', { id: repair.id }));
      const calls = await supervisor.call('calls.list', { pageSize: 5 });
      expect(calls.total).toBe(rows.calls);
      expect((await supervisor.call('calls.get', { id: calls.items[0]!.id })).number).toBe(calls.items[0]!.number);
      pdf(await supervisor.call('calls.printDay', { date: calls.items[0]!.calledAt.slice(0, 10) }));
      const inspections = await supervisor.call('inspections.list', { pageSize: 5 });
      expect(inspections.total).toBe(rows.inspections);
      await supervisor.call('inspections.get', { id: inspections.items[0]!.id });
      pdf(await supervisor.call('inspections.print', { id: inspections.items[0]!.id }));
      const declarations = await supervisor.call('lossDeclarations.list', { pageSize: 5 });
      expect(declarations.total).toBe(rows.loss_declarations);
      await supervisor.call('lossDeclarations.get', { id: declarations.items[0]!.id });
      pdf(await supervisor.call('lossDeclarations.print', { id: declarations.items[0]!.id }));
      const revisit = await app.ctx.db.selectFrom('revisits').select('id').where('subject_kind', '=', 'repair').where('status', '=', 'done').executeTakeFirstOrThrow();
      await supervisor.call('revisits.get', { id: revisit.id });
      pdf(await supervisor.call('revisits.print', { id: revisit.id }));

      // Its busiest month exports through the archive channel (every ledger, the real scan files) and verifies.
      const raw2 = new BetterSqlite3(office.databaseFile, { readonly: true });
      const { month } = busiestMonth(raw2);
      raw2.close();
      const out = tempDataDir();
      try {
        const started = await supervisor.call('archive.export', { out: out.dir, period: { month } });
        const job = await pollUntil(`the export of ${month} (job ${started.jobId}) to finish`, async () => {
          const current = await supervisor.call('archive.job', { jobId: started.jobId });
          return current.state === 'running' ? undefined : current;
        }, { within: 120_000 });
        expect(job).toMatchObject({ state: 'done', error: null });
        const verification = await supervisor.call('archive.verify', { file: job.file! });
        expect(verification.ok).toBe(true);
        for (const ledger of ['complaints', 'repairs', 'calls']) expect(verification.summary!.counts[ledger], ledger).toBeGreaterThan(0);
      } finally {
        out.remove();
      }
    } finally {
      await app.close();
    }
  });
});
