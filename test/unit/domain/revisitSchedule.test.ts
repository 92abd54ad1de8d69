import { describe, expect, it } from 'vitest';
import { complaintImportance, defaultRevisitWindows, planRevisitWindows, revisitTiming, revisitorRoles } from '../../../shared/domain/revisits/revisit';

describe('revisit windows (seed 001: 7 days; seed 002: 1 week–1 month, then 3–6 months)', () => {
  const done = '2026-11-23T10:00:00';

  it('gives an ordinary case one revisit due by the end of the 7th day', () => {
    expect(planRevisitWindows(done, 'ordinary', 7, defaultRevisitWindows)).toEqual([
      { purpose: 'completion', windowFrom: '2026-11-23T00:00:00', dueAt: '2026-11-30T23:59:59', requiredRole: 'clerk' },
    ]);
  });

  it('gives an important case its first revisit between 1 week and 1 month, by a supervisor', () => {
    expect(planRevisitWindows(done, 'important', 7, defaultRevisitWindows)).toEqual([
      { purpose: 'first', windowFrom: '2026-11-30T00:00:00', dueAt: '2026-12-23T23:59:59', requiredRole: 'supervisor' },
    ]);
  });

  it('gives a very important case a second revisit 3–6 months later, by the manager', () => {
    const plans = planRevisitWindows(done, 'veryImportant', 7, defaultRevisitWindows);
    expect(plans.map((plan) => [plan.purpose, plan.windowFrom, plan.dueAt, plan.requiredRole])).toEqual([
      ['first', '2026-11-30T00:00:00', '2026-12-23T23:59:59', 'manager'],
      ['second', '2027-02-23T00:00:00', '2027-05-23T23:59:59', 'manager'],
    ]);
  });

  it('follows the settings and ends a month on its last day', () => {
    const plans = planRevisitWindows('2026-08-31T16:00:00', 'veryImportant', 3, { importantFromDays: 10, importantToDays: 20, secondFromMonths: 6, secondToMonths: 9 });
    expect(plans.map((plan) => [plan.windowFrom.slice(0, 10), plan.dueAt.slice(0, 10)])).toEqual([
      ['2026-09-10', '2026-09-20'],
      ['2027-02-28', '2027-05-31'],
    ]);
    expect(planRevisitWindows('2026-08-31T16:00:00', 'ordinary', 3, defaultRevisitWindows)[0]!.dueAt).toBe('2026-09-03T23:59:59');
  });

  it('grades the four severities as seed 002’s three and names who revisits', () => {
    expect((['minor', 'general', 'major', 'serious'] as const).map((severity) => revisitorRoles[complaintImportance(severity)])).toEqual([
      'clerk',
      'clerk',
      'supervisor',
      'manager',
    ]);
  });

  it('places a revisit before, in and after its window', () => {
    const from = '2026-11-30T00:00:00';
    const due = '2026-12-23T23:59:59';
    expect(revisitTiming(from, due, '2026-11-29T23:59:59')).toBe('upcoming');
    expect(revisitTiming(from, due, '2026-11-30T00:00:00')).toBe('due');
    expect(revisitTiming(from, due, '2026-12-23T23:59:59')).toBe('due');
    expect(revisitTiming(from, due, '2026-12-24T00:00:00')).toBe('overdue');
  });
});
