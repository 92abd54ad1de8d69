import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, staffIds } from './officeRows';

/** An office with a complaint numbered in its sequence, upgraded by 0014: the blank paper forms' numbers. */
describe('migration 0014 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(13);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'awaitingRevisit', due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'record_sequences', { prefix: 'TS', period: '202610', last_value: 1 });
  });
  afterEach(() => file.close());

  it('keeps every record and the sequences, and adds the blanks table, empty', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0014_paper_blanks']);
    expectRowsKept(before, snapshot(file.raw));
    expect(rowsOf(file.raw, 'paper_blanks')).toEqual([]);
    expect(indexesOf(file.raw, 'paper_blanks')).toMatchObject({ paper_blanks_reserved_at: ['reserved_at'] });
  });

  it('holds one row per number, of a known kind and state, reserved by a member of staff', async () => {
    await file.upgrade();
    const blank = { number: 'TS-202610-0002', kind: 'complaint', status: 'reserved', reserved_at: '2026-11-23T10:00:00', reserved_by: staffIds.supervisor };
    insertRow(file.raw, 'paper_blanks', blank);
    expect(() => insertRow(file.raw, 'paper_blanks', blank)).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'paper_blanks', { ...blank, number: 'TS-202610-0003', status: 'lost' })).toThrow(/CHECK/);
    expect(() => insertRow(file.raw, 'paper_blanks', { ...blank, number: 'TS-202610-0003', kind: 'inspection' })).toThrow(/CHECK/);
    expect(() => insertRow(file.raw, 'paper_blanks', { ...blank, number: 'TS-202610-0003', reserved_by: 99 })).toThrow(/FOREIGN KEY/);
  });
});
