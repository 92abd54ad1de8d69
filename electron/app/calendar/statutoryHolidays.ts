import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';

/**
 * The days off fixed by law (《全国年节及纪念日放假办法》) for a year, without the State Council's yearly 调休
 * (extra days off bridging to a weekend and the make-up working days), which only its notice decides. Used for
 * the years the holiday package does not know yet, so a deadline never runs through 元旦 or 春节.
 * Lunar dates and the 清明 solar term come from tyme4ts (the 寿星天文历 algorithm), in Beijing time.
 */
export interface StatutoryDay {
  date: string /* YYYY-MM-DD */;
  name: string;
}

/** Each revision of the law, from the year it took effect: which festivals are days off, and how many. */
interface LawVersion {
  from: number;
  springFestivalEve: boolean;
  springFestivalDays: number;
  labourDays: number;
  traditional: boolean;
}

const versions: readonly LawVersion[] = [
  // 1999 revision: 元旦 1, 春节 初一–初三, 劳动节 3, 国庆 3.
  { from: 1999, springFestivalEve: false, springFestivalDays: 3, labourDays: 3, traditional: false },
  // 2007 revision: 除夕 to 初二, 劳动节 1, and 清明、端午、中秋 one day each.
  { from: 2008, springFestivalEve: true, springFestivalDays: 2, labourDays: 1, traditional: true },
  // 2013 revision: 春节 初一–初三 again.
  { from: 2014, springFestivalEve: false, springFestivalDays: 3, labourDays: 1, traditional: true },
  // 2024 revision (in force 2025-01-01): 除夕 and 初一–初三, 劳动节 5-1 and 5-2.
  { from: 2025, springFestivalEve: true, springFestivalDays: 3, labourDays: 2, traditional: true },
];

const iso = (day: SolarDay) => `${day.getYear()}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;
const solar = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const run = (first: SolarDay, days: number) => Array.from({ length: days }, (_, i) => iso(first.next(i)));

/** The statutory days off of `year` under the law in force that year (1999 onwards), in date order. */
export function statutoryDaysOff(year: number): StatutoryDay[] {
  const law = [...versions].reverse().find((version) => year >= version.from);
  if (!law) throw new RangeError(`no statutory holiday law known for ${year}`);
  const days: StatutoryDay[] = [{ date: solar(year, 1, 1), name: '元旦' }];
  const newYear = LunarDay.fromYmd(year, 1, 1).getSolarDay();
  const spring = [...(law.springFestivalEve ? [iso(newYear.next(-1))] : []), ...run(newYear, law.springFestivalDays)];
  days.push(...spring.map((date) => ({ date, name: '春节' })));
  if (law.traditional) days.push({ date: iso(SolarTerm.fromName(year, '清明').getSolarDay()), name: '清明节' });
  days.push(...Array.from({ length: law.labourDays }, (_, i) => ({ date: solar(year, 5, 1 + i), name: '劳动节' })));
  if (law.traditional) {
    days.push({ date: iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()), name: '端午节' });
    days.push({ date: iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()), name: '中秋节' });
  }
  days.push(...[1, 2, 3].map((day) => ({ date: solar(year, 10, day), name: '国庆节' })));
  // 中秋 can fall on 国庆 (2020-10-01): one day off with both names, not two.
  const byDate = new Map<string, string>();
  for (const { date, name } of days) byDate.set(date, byDate.has(date) ? `${byDate.get(date)}、${name}` : name);
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, name]) => ({ date, name }));
}
