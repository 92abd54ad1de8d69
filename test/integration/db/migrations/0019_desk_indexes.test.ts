import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { officeRows, roomIds, staffIds } from './officeRows';

/** An office of the previous release with calls of every outcome, upgraded by 0019: the desk's pending calls by index. */
describe('migration 0019 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(18);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    const call = (day: number, outcome: string) => ({
      number: `LD-202610-${String(day).padStart(4, '0')}`, called_at: `2026-10-${String(day).padStart(2, '0')}T09:00:00`, room_id: roomIds.r3_1_1502,
      room_label: '3-1-1502', caller_name: '陈喆', matter: '咨询停车位', recorded_by: staffIds.clerk, outcome,
      created_at: `2026-10-${String(day).padStart(2, '0')}T09:01:00`, updated_at: `2026-10-${String(day).padStart(2, '0')}T09:01:00`,
    });
    for (const [day, outcome] of [[1, 'consultation'], [2, 'pending'], [3, 'consultation'], [4, 'pending'], [5, 'consultation']] as const) {
      insertRow(file.raw, 'calls', call(day, outcome));
    }
  });
  afterEach(() => file.close());

  function plan(query: string, ...params: unknown[]): string {
    return (file.raw.prepare(`explain query plan ${query}`).all(...params) as { detail: string }[]).map((step) => step.detail).join('\n');
  }

  it('keeps every call and adds the (outcome, called_at, id) index', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0019_desk_indexes']);
    expectRowsKept(before, snapshot(file.raw));
    expect(indexesOf(file.raw, 'calls')).toMatchObject({ calls_outcome_called_at: ['outcome', 'called_at', 'id'] });
  });

  it('pages and counts the pending calls, newest first, through the index without sorting', async () => {
    await file.upgrade();
    const page = 'select number from calls where outcome = ? order by called_at desc, id desc limit 50';
    expect(plan(page, 'pending')).toMatch(/USING INDEX calls_outcome_called_at/);
    expect(plan(page, 'pending')).not.toMatch(/TEMP B-TREE/);
    expect(file.raw.prepare(page).pluck().all('pending')).toEqual(['LD-202610-0004', 'LD-202610-0002']);
    expect(plan('select count(*) from calls where outcome = ?', 'pending')).toMatch(/USING COVERING INDEX calls_outcome_called_at/);
  });
});
