import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findOffice } from '../office/officeRepository';
import type { StatCell, StatRow, StatTable, StatTrend, StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { comparedPeriods, periodRange, trendMonths, type PeriodRange } from './periods';
import type { StatisticsSection, SectionTable } from './sections';

async function sectionTables(sections: readonly StatisticsSection[], db: Kysely<Database>, period: PeriodRange, now: string): Promise<SectionTable[]> {
  const all: SectionTable[] = [];
  for (const section of sections) {
    for (const table of await section.tables({ db, period, now })) all.push({ ...table, key: `${section.key}.${table.key}` });
  }
  return all;
}

/** This period's rows, then rows only the compared periods have (a department with complaints last month only). */
function compare(current: SectionTable, previous?: SectionTable, lastYear?: SectionTable): StatTable {
  const cell = (table: SectionTable | undefined, key: string): StatCell | null => {
    if (!current.compare || !table) return null;
    const row = table.rows.find((candidate) => candidate.key === key);
    if (row) return { value: row.value, link: row.link };
    // A count the compared period lacks is a zero; a rate or a time it lacks is unknown.
    return { value: current.rows.find((r) => r.key === key)?.format === 'count' ? 0 : null, link: null };
  };
  const keys = [...current.rows];
  if (current.compare) {
    for (const other of [previous, lastYear]) {
      for (const row of other?.rows ?? []) if (!keys.some((known) => known.key === row.key)) keys.push({ ...row, value: row.format === 'count' ? 0 : null, link: null });
    }
  }
  const rows: StatRow[] = keys.map((row) => ({
    key: row.key,
    label: row.label,
    format: row.format,
    current: { value: row.value, link: row.link },
    previous: cell(previous, row.key),
    lastYear: cell(lastYear, row.key),
  }));
  return { key: current.key, title: current.title, chart: current.chart, compare: current.compare, rows };
}

async function trendOf(sections: readonly StatisticsSection[], db: Kysely<Database>, period: PeriodRange, now: string): Promise<StatTrend> {
  const months = trendMonths(period);
  const series: StatTrend['series'] = [];
  for (const section of sections) {
    if (!section.trend) continue;
    for (const line of await section.trend({ db, period, now }, months)) {
      series.push({ key: `${section.key}.${line.key}`, label: line.label, values: months.map((month) => line.values.get(month) ?? 0) });
    }
  }
  return { title: `近 12 个月趋势(${months[0]} 至 ${months[11]})`, months, series };
}

/** The report for whole months `from`..`to`, computed now: every section, side by side with the compared periods. */
/** `sections` are the app's ledgers' (ctx.ledgers.statistics), in the ledger list's order. */
export async function computeReport(sections: readonly StatisticsSection[], db: Kysely<Database>, from: string, to: string, now: string): Promise<StatisticsReport> {
  const period = periodRange(from, to);
  const { previous, lastYear } = comparedPeriods(period);
  const current = await sectionTables(sections, db, period, now);
  const before = await sectionTables(sections, db, previous, now);
  const yearAgo = await sectionTables(sections, db, lastYear, now);
  const office = await findOffice(db);
  const strip = ({ from: f, to: t, label }: PeriodRange) => ({ from: f, to: t, label });
  return {
    period: strip(period),
    previous: strip(previous),
    lastYear: strip(lastYear),
    officeName: office?.name ?? '',
    companyName: office?.companyName ?? '',
    tables: current.map((table) => compare(table, before.find((t) => t.key === table.key), yearAgo.find((t) => t.key === table.key))),
    trend: await trendOf(sections, db, period, now),
    generatedAt: now,
    closed: null,
  };
}
