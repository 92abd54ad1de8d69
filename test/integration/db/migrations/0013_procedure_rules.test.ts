import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, staffIds } from './officeRows';

/** An office with an invalid and an open complaint, upgraded by 0013: the 无效 case's 答复 and departments' 异议. */
describe('migration 0013 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(12);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'invalid', validity: 'invalid', resolved_at: '2026-10-14T10:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, number: 'TS-202610-0002', status: 'awaitingReview', validity: 'valid' });
  });
  afterEach(() => file.close());

  it('keeps every complaint, with no 答复 yet, and adds the disputes table', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0013_procedure_rules']);
    expectRowsKept(before, snapshot(file.raw));
    expect(columnNames(file.raw, 'complaints')).toEqual(expect.arrayContaining(['owner_reply', 'replied_at', 'replied_by']));
    expect(rowsOf(file.raw, 'complaints').map((row) => [row.number, row.status, row.owner_reply])).toEqual([
      ['TS-202610-0001', 'invalid', null],
      ['TS-202610-0002', 'awaitingReview', null],
    ]);
    expect(indexesOf(file.raw, 'complaint_disputes')).toMatchObject({ complaint_disputes_complaint: ['complaint_id', 'status'] });
  });

  it('takes a dispute on an existing complaint and refuses one for a complaint that does not exist', async () => {
    await file.upgrade();
    const dispute = { complaint_id: 2, department_id: 2, reason: '渗漏点在公共管井,不属本部门', raised_by: staffIds.engineer, raised_at: '2026-11-23T09:00:00', status: 'pending' };
    insertRow(file.raw, 'complaint_disputes', dispute);
    expect(() => insertRow(file.raw, 'complaint_disputes', { ...dispute, complaint_id: 99 })).toThrow(/FOREIGN KEY/);
    expect(rowsOf(file.raw, 'complaint_disputes')).toEqual([expect.objectContaining({ ...dispute, decided_by: null })]);
  });
});
