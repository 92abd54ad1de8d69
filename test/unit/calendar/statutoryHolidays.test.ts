import { describe, expect, it } from 'vitest';
import { statutoryDaysOff } from '../../../electron/app/calendar/statutoryHolidays';
import { addWorkingDays, createWorkingCalendar, packageYears, workingDeadline } from '../../../electron/app/calendar/workingCalendar';

const plain = createWorkingCalendar([], []);
const dates = (year: number, name: string) => statutoryDaysOff(year).filter((day) => day.name.includes(name)).map((day) => day.date);

describe('the statutory days off computed from the law', () => {
  it('are days off in every year the holiday package covers (its statutory days, not its 调休)', () => {
    const { first, last } = packageYears();
    let checked = 0;
    for (let year = first; year <= last; year++) {
      for (const day of statutoryDaysOff(year)) {
        expect(plain.day(day.date), `${day.date} ${day.name}`).toMatchObject({ workday: false, source: expect.stringMatching(/package|weekday-rule/) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('follow each revision of the law: 2025 on has 除夕 and 5-2, 2014–2024 not, 2008–2013 除夕 to 初二', () => {
    expect(dates(2025, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(dates(2025, '劳动节')).toEqual(['2025-05-01', '2025-05-02']);
    expect(dates(2024, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(dates(2024, '劳动节')).toEqual(['2024-05-01']);
    expect(dates(2012, '春节')).toEqual(['2012-01-22', '2012-01-23', '2012-01-24']);
    expect(dates(2005, '劳动节')).toEqual(['2005-05-01', '2005-05-02', '2005-05-03']);
    expect(dates(2005, '清明')).toEqual([]);
  });

  it('give 2027 its 13 days: 元旦, 春节 02-05…02-08, 清明 04-05, 劳动节, 端午 06-09, 中秋 09-15, 国庆', () => {
    expect(statutoryDaysOff(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      ...['05', '06', '07', '08'].map((day) => ({ date: `2027-02-${day}`, name: '春节' })),
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      ...['01', '02', '03'].map((day) => ({ date: `2027-10-${day}`, name: '国庆节' })),
    ]);
  });

  it('count 中秋 on 国庆 once (2020-10-01) and follow the lunar calendar into later years', () => {
    expect(statutoryDaysOff(2020).filter((day) => day.date === '2020-10-01')).toEqual([{ date: '2020-10-01', name: '中秋节、国庆节' }]);
    expect(dates(2028, '春节')).toEqual(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']);
    expect(dates(2031, '中秋')).toEqual(['2031-10-01']);
  });
});

describe('a year the package does not cover', () => {
  it('keeps its statutory days off while still asking for its 调休', () => {
    expect(plain.day('2027-01-01')).toEqual({ date: '2027-01-01', workday: false, name: '元旦', source: 'statutory', covered: false });
    expect(plain.day('2027-02-05')).toMatchObject({ workday: false, name: '春节', source: 'statutory' });
    expect(plain.day('2027-01-04')).toMatchObject({ workday: true, source: 'weekday-rule', covered: false });
  });

  it('runs a 一般 complaint received 2026-12-31 to the close of 2027-01-06, past 元旦', () => {
    expect(workingDeadline(plain, '2026-12-31T16:00:00', 3)).toBe('2027-01-06T23:59:59');
    expect(addWorkingDays(plain, '2027-02-04', 1)).toBe('2027-02-09');
  });

  it('lets the office override a statutory day when the notice moves it', () => {
    const entered = createWorkingCalendar([{ date: '2027-01-01', kind: 'workday', name: null }], []);
    expect(entered.day('2027-01-01')).toMatchObject({ workday: true, source: 'override' });
  });
});
