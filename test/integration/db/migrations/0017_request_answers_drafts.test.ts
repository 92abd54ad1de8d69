import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, staffIds } from './officeRows';

/** An office's database of the previous release, upgraded by 0017: request answers and drafts beside its records. */
describe('migration 0017 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(16);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
  });
  afterEach(() => file.close());

  it('keeps every record and adds the two tables, empty', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0017_request_answers_drafts']);
    expectRowsKept(before, snapshot(file.raw));
    expect(columnNames(file.raw, 'request_answers')).toEqual(['request_id', 'channel', 'staff_id', 'answer', 'answered_at']);
    expect(indexesOf(file.raw, 'request_answers')).toMatchObject({ request_answers_answered_at: ['answered_at'] });
    expect(columnNames(file.raw, 'drafts')).toEqual(['staff_id', 'form', 'draft_values', 'saved_at']);
    expect(rowsOf(file.raw, 'drafts')).toEqual([]);
  });

  it("keeps one draft per person and form, and only a registered person's", async () => {
    await file.upgrade();
    const draft = { staff_id: staffIds.clerk, form: 'complaintIntake', draft_values: '{"content":"漏水"}', saved_at: '2026-11-23T10:00:00' };
    insertRow(file.raw, 'drafts', draft);
    expect(() => insertRow(file.raw, 'drafts', draft)).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'drafts', { ...draft, staff_id: 999 })).toThrow(/FOREIGN KEY/);
    insertRow(file.raw, 'request_answers', { request_id: 'req-0001', channel: 'complaints.create', staff_id: staffIds.clerk, answer: '{"id":1}', answered_at: '2026-11-23T10:00:00' });
    expect(() => insertRow(file.raw, 'request_answers', { request_id: 'req-0001', channel: 'calls.create', staff_id: staffIds.clerk, answer: '{}', answered_at: '2026-11-23T10:01:00' })).toThrow(/UNIQUE/);
  });
});
