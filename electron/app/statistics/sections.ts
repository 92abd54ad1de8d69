import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { StatFormat, StatLink, StatTable } from '../../../shared/domain/statistics/statistics';
import type { PeriodRange } from './periods';

/**
 * The report is made of sections, one per ledger, each computing its own tables in SQL for one period. The report
 * runs every section for the period, the previous period and the same period last year, and sets the figures side
 * by side by row key. A ledger joins the report by declaring its section (Ledger.statistics).
 */
export interface SectionQuery {
  db: Kysely<Database>;
  period: PeriodRange;
  /** Open cases past their due time at this moment count as 超期. */
  now: string;
}

export interface SectionRow {
  key: string;
  label: string;
  format: StatFormat;
  value: number | null;
  /** The list showing exactly the records this figure counts; null for figures no list can show. */
  link: StatLink | null;
}

export type SectionTable = Pick<StatTable, 'key' | 'title' | 'chart' | 'compare'> & { rows: SectionRow[] };

export interface TrendLine {
  key: string;
  label: string;
  /** Count per month (YYYY-MM); months missing from the map count 0. */
  values: Map<string, number>;
}

export interface StatisticsSection {
  key: string;
  title: string;
  tables(query: SectionQuery): Promise<SectionTable[]>;
  /** Lines of the 12-month trend chart over `months` (YYYY-MM, oldest first). */
  trend?(query: SectionQuery, months: string[]): Promise<TrendLine[]>;
}

