import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, noiseComplaint, officeRows, staffIds } from './officeRows';

/** An office database upgraded by 0009: working-day ordinals, closed months, and the month's GROUP BY indexes. */
describe('migration 0009 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(8);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'complaints', { ...noiseComplaint, due_at: '2026-11-02T23:59:59' });
    insertRow(file.raw, 'calendar_overrides', { date: '2026-10-10', kind: 'workday', name: '国庆调休' });
  });
  afterEach(() => file.close());

  it('keeps the records and indexes the complaints by time received and each figure grouped', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0009_statistics']);
    expectRowsKept(before, snapshot(file.raw));
    expect(indexesOf(file.raw, 'complaints')).toMatchObject({
      complaints_stats_target_department_id: ['received_at', 'target_department_id'],
      complaints_stats_channel: ['received_at', 'channel'],
      complaints_stats_phone: ['received_at', 'phone'],
      complaints_stats_room_label: ['received_at', 'room_label'],
    });
    // The month's figures read by range on received_at and group without touching the table.
    const plan = file.raw
      .prepare("explain query plan select channel, count(*) from complaints where received_at >= '2026-10-01' and received_at < '2026-11-01' group by channel")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING COVERING INDEX complaints_stats_channel/);
  });

  it('keeps ordinals by date without a rowid, and one closed month per month', async () => {
    await file.upgrade();
    expect(file.raw.prepare("select name, wr from pragma_table_list where name in ('calendar_ordinals', 'ho_records') order by name").all()).toEqual([
      { name: 'calendar_ordinals', wr: 1 },
      { name: 'ho_records', wr: 0 },
    ]);
    for (const [date, ordinal] of [['2026-10-09', 180], ['2026-10-10', 181], ['2026-10-12', 182]] as const) insertRow(file.raw, 'calendar_ordinals', { date, ordinal });
    // Working days from 10-09 to 10-12, the 调休 Saturday counted: a subtraction.
    expect(file.raw.prepare("select (select ordinal from calendar_ordinals where date = '2026-10-12') - (select ordinal from calendar_ordinals where date = '2026-10-09')").pluck().get()).toBe(2);

    const month = { month: '2026-10', status: 'closed', snapshot: '{"received":2,"labels":{"channel":"投诉方式"}}', closed_by: staffIds.manager, closed_at: '2026-11-02T09:00:00' };
    insertRow(file.raw, 'statistics_months', month);
    expect(() => insertRow(file.raw, 'statistics_months', month)).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'statistics_months', { ...month, month: '2026-11', closed_by: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insertRow(file.raw, 'calendar_ordinal_source', { id: 1, fingerprint: null })).toThrow(/NOT NULL/);
  });
});
