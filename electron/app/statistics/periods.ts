import { monthLabel, type StatPeriod } from '../../../shared/domain/statistics/statistics';
import { lastDayOfMonth } from '../../../shared/domain/officeDate';

/** A period of whole months as the SQL reads it: received_at ≥ start and < end (the first moment after it). */
export interface PeriodRange extends StatPeriod {
  start: string;
  end: string;
  /** The list filter's inclusive dates for the same months. */
  firstDay: string;
  lastDay: string;
}

export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

export function periodRange(from: string, to: string): PeriodRange {
  const next = shiftMonth(to, 1);
  const lastDay = lastDayOfMonth(to);
  return {
    from,
    to,
    label: from === to ? monthLabel(from) : `${monthLabel(from)}—${monthLabel(to)}`,
    start: `${from}-01T00:00:00`,
    end: `${next}-01T00:00:00`,
    firstDay: `${from}-01`,
    lastDay,
  };
}

/** The period just before (as long as this one), and the same months a year earlier. */
export function comparedPeriods(period: PeriodRange): { previous: PeriodRange; lastYear: PeriodRange } {
  const length = monthsBetween(period.from, period.to) + 1;
  return {
    previous: periodRange(shiftMonth(period.from, -length), shiftMonth(period.to, -length)),
    lastYear: periodRange(shiftMonth(period.from, -12), shiftMonth(period.to, -12)),
  };
}

/** The 12 months ending with the period's last month, oldest first. */
export function trendMonths(period: PeriodRange): string[] {
  return Array.from({ length: 12 }, (_, i) => shiftMonth(period.to, i - 11));
}
