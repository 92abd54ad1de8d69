import { describe, expect, it } from 'vitest';
import { describeDeadline } from '../../../shared/domain/deadline';

const due = '2026-10-08T23:59:59';

describe('describeDeadline while the case is open', () => {
  it('counts days and hours left when a day or more remains', () => {
    expect(describeDeadline('2026-10-06T18:59:59', due)).toEqual({ state: 'onTrack', text: '剩余 2 天 5 小时' });
    expect(describeDeadline('2026-10-07T23:59:59', due)).toEqual({ state: 'onTrack', text: '剩余 1 天' });
  });

  it('counts hours and minutes left when under a day remains but the due date is not today', () => {
    expect(describeDeadline('2026-10-09T21:00:00', '2026-10-10T00:20:00')).toEqual({ state: 'onTrack', text: '剩余 3 小时 20 分' });
    expect(describeDeadline('2026-10-09T23:30:00', '2026-10-10T00:10:00')).toEqual({ state: 'onTrack', text: '剩余 40 分' });
  });

  it('says "due today" with the due time on the due date until it passes', () => {
    expect(describeDeadline('2026-10-08T09:15:00', due)).toEqual({ state: 'dueToday', text: '今天 23:59 到期' });
    expect(describeDeadline('2026-10-08T00:00:00', '2026-10-08T17:30:00')).toEqual({ state: 'dueToday', text: '今天 17:30 到期' });
    expect(describeDeadline(due, due).state).toBe('dueToday');
  });

  it('counts the time overdue once the due time has passed', () => {
    expect(describeDeadline('2026-10-10T03:00:00', due)).toEqual({ state: 'overdue', text: '已超期 1 天 3 小时' });
    expect(describeDeadline('2026-10-09T00:39:59', due)).toEqual({ state: 'overdue', text: '已超期 40 分' });
    expect(describeDeadline('2026-10-08T14:30:00', '2026-10-08T12:00:00')).toEqual({ state: 'overdue', text: '已超期 2 小时 30 分' });
  });

  it('never shows "0 分" for a deadline missed by seconds', () => {
    expect(describeDeadline('2026-10-09T00:00:10', due)).toEqual({ state: 'overdue', text: '已超期 1 分' });
  });

  it('treats a null finish time as still open', () => {
    expect(describeDeadline('2026-10-10T03:00:00', due, null).state).toBe('overdue');
  });
});

describe('describeDeadline for a finished case', () => {
  it('says on time when finished by the due time, whatever the time now', () => {
    expect(describeDeadline('2026-11-23T09:00:00', due, '2026-10-08T16:00:00')).toEqual({ state: 'metOnTime', text: '按期完成' });
    expect(describeDeadline('2026-11-23T09:00:00', due, due).state).toBe('metOnTime');
  });

  it('says how late it was finished, in days or else hours or minutes', () => {
    expect(describeDeadline('2026-11-23T09:00:00', due, '2026-10-11T01:00:00')).toEqual({ state: 'metLate', text: '超期 2 天完成' });
    expect(describeDeadline('2026-11-23T09:00:00', due, '2026-10-09T05:30:00')).toEqual({ state: 'metLate', text: '超期 5 小时完成' });
    expect(describeDeadline('2026-11-23T09:00:00', due, '2026-10-09T00:20:30')).toEqual({ state: 'metLate', text: '超期 20 分完成' });
  });
});

describe('describeDeadline input', () => {
  it('refuses text that is not a local date-time', () => {
    expect(() => describeDeadline('2026-10-08 09:00', due)).toThrow(RangeError);
    expect(() => describeDeadline('2026-10-08T09:00:00', '2026-10-08')).toThrow(RangeError);
    expect(() => describeDeadline('2026-10-08T09:00:00', due, 'yesterday')).toThrow(RangeError);
  });
});
