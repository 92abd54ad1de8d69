import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ArchiveManifest, ArchivedStatistics } from '../archive/archiveFormat';
import type { HeadOfficeStatistics } from '../../../shared/domain/headOffice/headOffice';

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
    const existing = await trx
      .selectFrom('ho_statistics')
      .select(['id', 'exported_at'])
      .where('office_code', '=', manifest.office.code)
      .where('month', '=', month)
      .executeTakeFirst();
    const values = { office_name: manifest.office.name, exported_at: manifest.createdAt, report: JSON.stringify(figures), import_id: importId };
    if (!existing) await trx.insertInto('ho_statistics').values({ office_code: manifest.office.code, month, ...values }).execute();
    else if (manifest.createdAt > existing.exported_at) await trx.updateTable('ho_statistics').set(values).where('id', '=', existing.id).execute();
  }
}

/**
 * One month's figures with the offices as columns: every table and row any office reported, in the order they
 * first appear; an office without that figure (or without statistics for the month) gets null, never 0.
 */
export async function headOfficeStatistics(db: Kysely<Database>, month: string | undefined): Promise<HeadOfficeStatistics> {
  const months = (await db.selectFrom('ho_statistics').select('month').distinct().orderBy('month', 'desc').execute()).map((row) => row.month);
  const chosen = month ?? months[0] ?? null;
  const offices = await db
    .selectFrom('ho_imports')
    // The bare office_name comes from the latest import's row (SQLite's rule for max()).
    .select(['office_code', 'office_name', (eb) => eb.fn.max('imported_at').as('last')])
    .groupBy('office_code')
    .orderBy('office_code')
    .execute();
  const reports = chosen ? await db.selectFrom('ho_statistics').selectAll().where('month', '=', chosen).execute() : [];
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
