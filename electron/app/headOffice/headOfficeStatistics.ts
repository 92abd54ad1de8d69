import type { ArchivedStatistics } from '../archive/archiveFormat';
import type { HeadOfficeStatistics } from '../../../shared/domain/headOffice/headOffice';
import type { HeadOfficeStore } from '../db/headOfficeStore/store';
import { storeOffices, storeStatisticsMonths, storeStatisticsOfMonth } from '../db/headOfficeStore/headOfficeStoreRepository';

/**
 * One month's figures with the offices as columns: every table and row any office reported, in the order they
 * first appear; an office without that figure (or without statistics for the month) gets null, never 0.
 */
export async function headOfficeStatistics(store: HeadOfficeStore, month: string | undefined): Promise<HeadOfficeStatistics> {
  const months = await storeStatisticsMonths(store.db);
  const chosen = month ?? months[0] ?? null;
  return sideBySide(chosen, months, await storeOffices(store.db), chosen ? await storeStatisticsOfMonth(store.db, chosen) : []);
}

/** The offices as columns of one month's reports. */
function sideBySide(
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
