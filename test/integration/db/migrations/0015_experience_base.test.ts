import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../../electron/app/openApp';
import { fixedClock } from '../../../../electron/app/clock';
import { expectRowsKept, fileAtVersion, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, noiseComplaint, officeRows, staffIds } from './officeRows';

/** An office with a leak and a noise complaint, upgraded by 0015 (经验库), then opened by the app. */
describe('migration 0015 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(14);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'resolved', due_at: '2026-10-15T23:59:59', resolved_at: '2026-10-14T16:00:00', handling_result: '楼上防水重做' });
    insertRow(file.raw, 'complaints', { ...noiseComplaint, due_at: '2026-11-06T23:59:59' });
  });
  afterEach(() => file.close());

  it('keeps every record, adds the base and queues the complaints on file for indexing', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0015_experience_base']);
    expectRowsKept(before, snapshot(file.raw), ['case_word_totals', 'complaint_index_backlog']);
    expect(rowsOf(file.raw, 'complaint_index_backlog').map((row) => row.complaint_id)).toEqual([1, 2]);
    expect(rowsOf(file.raw, 'case_word_totals')).toEqual([{ id: 1, docs: 0, words: 0 }]);
    expect(rowsOf(file.raw, 'experience_entries')).toEqual([]);
  });

  it('indexes the queued cases at the next start: an old leak case is matched, and its owner is found by pinyin', async () => {
    await file.upgrade();
    const app = await openApp({ dataDir: file.dir, clock: fixedClock('2026-11-23T10:00:00') });
    try {
      expect(rowsOf(file.raw, 'complaint_index_backlog')).toEqual([]);
      expect(rowsOf(file.raw, 'case_word_totals')).toMatchObject([{ docs: 2 }]);
      const clerk = app.as(staffIds.clerk);
      const answer = await clerk.call('experience.suggest', { text: '卫生间天花板漏水' });
      expect(answer.matches.map((match) => match.ref)).toEqual(['TS-202610-0001']);
      expect(answer.matches[0]).toMatchObject({ kind: 'case', outcome: { status: 'resolved', handlingResult: '楼上防水重做' } });
      const found = await clerk.call('complaints.list', { q: 'chenzhe' });
      expect(found.items.map((item) => item.number)).toEqual(['TS-202610-0001']);
    } finally {
      await app.close();
    }
  });
});
