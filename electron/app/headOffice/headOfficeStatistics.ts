import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ArchiveManifest, ArchivedStatistics } from '../archive/archiveFormat';
import type { HeadOfficeStatistics } from '../../../shared/domain/headOffice/headOffice';
import { findOfficeStatistics, insertOfficeStatistics, updateOfficeStatistics } from './headOfficeImportRepository';
import { importedOffices, statisticsMonths, statisticsOfMonth } from './headOfficeRepository';

/**
 * Keep each office's statistics per month as its archive carried them. A later export of the same month (the
 * office corrected something) replaces an earlier one; importing the same or an older one changes nothing.
 */
export async function storeOfficeStatistics(
  trx: Kysely<Database>,
  manifest: ArchiveManifest,
  statistics: { month: string; figures: ArchivedStatistics }[],
  importId: number,
): Promise<void> {
  for (const { month, figures } of statistics) {
    const existing = await findOfficeStatistics(trx, manifest.office.code, month);
    const values = { office_name: manifest.office.name, exported_at: manifest.createdAt, report: JSON.stringify(figures), import_id: importId };
    if (!existing) await insertOfficeStatistics(trx, manifest.office.code, month, values);
    else if (manifest.createdAt > existing.exported_at) await updateOfficeStatistics(trx, existing.id, values);
  }
}

/**
 * One month's figures with the offices as columns: every table and row any office reported, in the order they
 * first appear; an office without that figure (or without statistics for the month) gets null, never 0.
 */
export async function headOfficeStatistics(db: Kysely<Database>, month: string | undefined): Promise<HeadOfficeStatistics> {
  const months = await statisticsMonths(db);
  const chosen = month ?? months[0] ?? null;
  return sideBySide(chosen, months, await importedOffices(db), chosen ? await statisticsOfMonth(db, chosen) : []);
}

/** The offices as columns of one month's reports, wherever they were read from (the app's database or head office's store). */
export function sideBySide(
  chosen: string | null,
  months: string[],
  offices: { office_code: string; office_name: string }[],
  reports: { office_code: string; office_name: string; exported_at: string; report: string }[],
): HeadOfficeStatistics {
  const byOffice = new Map(reports.map((row) => [row.office_code, { exportedAt: row.exported_at, name: row.office_name, figures: JSON.parse(row.report) as ArchivedStatistics }]));

  const tables: HeadOfficeStatistics['tables'] = [];
  offices.forEach((office, column) => {
    for (const table of byOffice.get(office.office_code)?.figures.tables ?? []) {
      let target = tables.find((known) => known.key === table.key);
      if (!target) tables.push((target = { key: table.key, title: table.title, rows: [] }));
      for (const row of table.rows) {
        let line = target.rows.find((known) => known.key === row.key);
        if (!line) target.rows.push((line = { key: row.key, label: row.label, format: row.format, values: offices.map(() => null), previous: offices.map(() => null) }));
        line.values[column] = row.current.value;
        line.previous[column] = table.compare ? (row.previous?.value ?? null) : null;
      }
    }
  });
  return {
    month: chosen,
    months,
    offices: offices.map((office) => ({
      code: office.office_code,
      name: byOffice.get(office.office_code)?.name ?? office.office_name,
      exportedAt: byOffice.get(office.office_code)?.exportedAt ?? null,
    })),
    tables,
  };
}
