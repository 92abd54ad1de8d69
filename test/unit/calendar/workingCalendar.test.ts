import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkingCalendar,
  packageYears,
  uncoveredDates,
  workingDeadline,
  type WorkingCalendar,
} from '../../../electron/app/calendar/workingCalendar';

const plain = createWorkingCalendar([], []);

describe('the statutory calendar from the package', () => {
  it('spans the years in its data file, 2004 onwards', () => {
    const { first, last } = packageYears();
    expect(first).toBe(2004);
    expect(last).toBeGreaterThanOrEqual(2026);
    expect(plain.covers(`${last}-12-31`)).toBe(true);
    expect(plain.covers(`${last + 1}-01-01`)).toBe(false);
    expect(plain.covers(`${first - 1}-12-31`)).toBe(false);
  });

  it('describes holidays and make-up working days with their Chinese names', () => {
    expect(plain.day('2026-10-01')).toEqual({ date: '2026-10-01', workday: false, name: '国庆节', source: 'package', covered: true });
    expect(plain.day('2026-10-10')).toEqual({ date: '2026-10-10', workday: true, name: '国庆节', source: 'package', covered: true });
    expect(plain.day('2026-02-14')).toMatchObject({ workday: true, name: '春节', source: 'package' });
    expect(plain.day('2026-11-21')).toEqual({ date: '2026-11-21', workday: false, name: null, source: 'weekday-rule', covered: true });
    expect(plain.day('2026-11-23')).toMatchObject({ workday: true, source: 'weekday-rule' });
  });

  it('counts the 248 working days of 2026 (261 weekdays − 19 holidays + 6 make-up days)', () => {
    expect(addWorkingDays(plain, '2025-12-31', 248)).toBe('2026-12-31');
    expect(addWorkingDays(plain, '2025-12-31', 249)).toBe('2027-01-01');
  });
});

describe('addWorkingDays and workingDeadline', () => {
  it('skips the 2026 National Day week and counts the make-up Saturday 10-10', () => {
    expect(addWorkingDays(plain, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(plain, '2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkingDays(plain, '2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays(plain, '2026-09-30', 4)).toBe('2026-10-12');
    expect(workingDeadline(plain, '2026-09-30T16:45:00', 1)).toBe('2026-10-08T23:59:59');
    expect(workingDeadline(plain, '2026-09-30T16:45:00', 3)).toBe('2026-10-10T23:59:59');
  });

  it('counts the make-up Sunday 2026-09-20 before National Day', () => {
    expect(addWorkingDays(plain, '2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDays(plain, '2026-09-18', 2)).toBe('2026-09-21');
  });

  it('skips Spring Festival 2026 (02-15..02-23) and counts the make-up Saturday 02-14', () => {
    expect(addWorkingDays(plain, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(plain, '2026-02-13', 2)).toBe('2026-02-24');
    expect(workingDeadline(plain, '2026-02-12T10:00:00', 3)).toBe('2026-02-24T23:59:59');
  });

  it('skips a plain weekend', () => {
    expect(addWorkingDays(plain, '2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkingDays(plain, '2026-11-21', 1)).toBe('2026-11-23');
    expect(addWorkingDays(plain, '2026-11-20', 5)).toBe('2026-11-27');
  });

  it('ends a same-day (0) limit at the close of the day of receipt, even a holiday', () => {
    expect(addWorkingDays(plain, '2026-10-03', 0)).toBe('2026-10-03');
    expect(workingDeadline(plain, '2026-11-23T09:30:00', 0)).toBe('2026-11-23T23:59:59');
    expect(workingDeadline(plain, '2026-10-03T09:30:00', 0)).toBe('2026-10-03T23:59:59');
  });

  it('counts from the first working day after a receipt on a holiday', () => {
    expect(workingDeadline(plain, '2026-10-03T11:20:00', 1)).toBe('2026-10-08T23:59:59');
    expect(workingDeadline(plain, '2026-10-07T23:50:00', 1)).toBe('2026-10-08T23:59:59');
  });
});

describe('office overrides', () => {
  it('beat the package in both directions', () => {
    const calendar = createWorkingCalendar(
      [
        { date: '2026-10-05', kind: 'workday', name: '值班' },
        { date: '2026-10-10', kind: 'holiday', name: '物业庆典' },
      ],
      [],
    );
    expect(calendar.day('2026-10-05')).toEqual({ date: '2026-10-05', workday: true, name: '值班', source: 'override', covered: true });
    expect(calendar.day('2026-10-10')).toMatchObject({ workday: false, name: '物业庆典', source: 'override' });
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toBe('2026-10-05');
    expect(addWorkingDays(calendar, '2026-09-30', 4)).toBe('2026-10-12');
  });
});

describe('a year the package does not cover (2027)', () => {
  it('is beyond the package', () => {
    expect(packageYears().last).toBe(2026);
  });

  it('falls back to Monday–Friday and says it is not covered', () => {
    expect(plain.covers('2027-01-01')).toBe(false);
    expect(plain.day('2027-01-01')).toEqual({ date: '2027-01-01', workday: true, name: null, source: 'weekday-rule', covered: false });
    expect(plain.isWorkday('2027-01-02')).toBe(false);
    expect(addWorkingDays(plain, '2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDays(plain, '2026-12-31', 2)).toBe('2027-01-04');
  });

  it('lists the uncovered dates within the next 60 days', () => {
    const dates = uncoveredDates(plain, '2026-11-23');
    expect(dates[0]).toBe('2027-01-01');
    expect(dates.at(-1)).toBe('2027-01-21');
    expect(dates).toHaveLength(21);
    expect(uncoveredDates(plain, '2026-11-23', 30)).toEqual([]);
    expect(uncoveredDates(plain, '2026-12-30', 3)).toEqual(['2027-01-01']);
  });

  it('is covered once the office confirms it entered the year', () => {
    const confirmed = createWorkingCalendar([], [2027]);
    expect(confirmed.covers('2027-01-01')).toBe(true);
    expect(confirmed.day('2027-01-01').covered).toBe(true);
    expect(uncoveredDates(confirmed, '2026-11-23')).toEqual([]);
  });

  it('follows the office entries for its holidays and make-up days', () => {
    const entered = createWorkingCalendar(
      [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-09', kind: 'workday', name: '元旦调休' },
      ],
      [2027],
    );
    expect(entered.day('2027-01-01')).toEqual({ date: '2027-01-01', workday: false, name: '元旦', source: 'override', covered: true });
    expect(addWorkingDays(entered, '2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays(entered, '2027-01-08', 1)).toBe('2027-01-09');
    expect(workingDeadline(entered, '2027-01-07T15:00:00', 2)).toBe('2027-01-09T23:59:59');
  });
});

describe('refusals', () => {
  it('throws a RangeError for negative, fractional or over-long counts', () => {
    for (const n of [-1, 367, 1.5, Number.NaN]) {
      expect(() => addWorkingDays(plain, '2026-11-23', n), String(n)).toThrow(RangeError);
    }
    expect(() => workingDeadline(plain, '2026-11-23T09:00:00', -1)).toThrow(RangeError);
    expect(addWorkingDays(plain, '2026-01-01', 366)).toMatch(/^2027-/);
  });

  it('throws a RangeError for malformed dates', () => {
    for (const date of ['2026-02-30', '2026/10/01', '2026-1-5', '']) {
      expect(() => addWorkingDays(plain, date, 1), date).toThrow(RangeError);
    }
    expect(() => workingDeadline(plain, '2026-11-23 09:00', 1)).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ date: '2026-13-01', kind: 'holiday', name: null }], [])).toThrow(RangeError);
    expect(() => uncoveredDates(plain, '2026-11-23', -1)).toThrow(RangeError);
  });

  it('gives up instead of looping on a calendar without working days', () => {
    const closed: WorkingCalendar = { ...plain, isWorkday: () => false };
    expect(() => addWorkingDays(closed, '2026-11-23', 1)).toThrow(RangeError);
  });
});
