import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, noiseComplaint, officeRows, roomIds, staffIds } from './officeRows';

/** The index's spelling, written out: each character as 6 hex digits of its code point, ASCII letters lowered. */
function hex(text: string): string {
  return [...text.toLowerCase()].map((char) => char.codePointAt(0)!.toString(16).padStart(6, '0')).join('');
}

/** A term of 2+ characters: all of its bigrams. */
function bigrams(term: string): string {
  const chars = [...term];
  return chars.slice(1).map((char, i) => `b${hex(chars[i]! + char)}`).join(' AND ');
}

/** A database with every ledger up to 0006 upgraded by 0007, which indexes the complaints already there for search. */
describe('migration 0007 on a database with complaints', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(6);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'complaints', { ...noiseComplaint, due_at: '2026-11-02T23:59:59' });
    insertRow(file.raw, 'complaints', {
      number: 'TS-202511-0003', received_at: '2025-11-20T17:00:00', channel: 'email', complainant_name: '王堃', room_id: roomIds.r5_2_0801,
      room_label: '5-2-0801', phone: '13800138000', target_description: '会所前台', content: '会所WiFi信号很差,经常断线', demand: '更换路由器',
      category: 'department', severity: 'general', status: 'voided', receiver_staff_id: staffIds.clerk, created_by: staffIds.clerk,
      created_at: '2025-11-20T17:05:00', updated_at: '2025-11-21T09:00:00', voided_at: '2025-11-21T09:00:00', void_reason: '重复登记',
    });
  });
  afterEach(() => file.close());

  function found(match: string): number[] {
    return file.raw.prepare('select rowid from complaint_search where complaint_search match ? order by rowid').pluck().all(match) as number[];
  }

  it('indexes every complaint already there, under its own id, leaving the complaints as they were', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0007_list_indexes_search']);
    expectRowsKept(before, snapshot(file.raw));
    expect(file.raw.prepare('select rowid from complaint_search order by rowid').pluck().all()).toEqual([1, 2, 3]);
  });

  it('finds the old complaints by 2- and 4-character terms in each searched text', async () => {
    await file.upgrade();
    // 漏水: 漏 U+6F0F, 水 U+6C34.
    expect(found('b006f0f006c34')).toEqual([1]);
    expect(found(bigrams('卫生间漏'))).toEqual([1]);
    expect(found(bigrams('天花板'))).toEqual([1]);
    expect(found(bigrams('音响'))).toEqual([2]);
    expect(found(bigrams('陈喆'))).toEqual([1]);
    expect(found(bigrams('5678'))).toEqual([1]);
    expect(found(bigrams('会所前台'))).toEqual([3]);
    expect(found(bigrams('路由器'))).toEqual([3]);
    expect(found(bigrams('TS-202511'))).toEqual([3]);
    // Letters are indexed lowered, as SQLite's LIKE compares them.
    expect(found(bigrams('wifi'))).toEqual([3]);
    // One character: a bigram starting with it, or a text ending in it.
    expect(found(`(b${hex('漏')}* OR u${hex('漏')})`)).toEqual([1]);
    expect(found(`(b${hex('线')}* OR u${hex('线')})`)).toEqual([3]);
  });

  it('finds them by room (whole label forwards, any building by the room number backwards) and by year', async () => {
    await file.upgrade();
    expect(found(`p${hex('3-1-1502')}*`)).toEqual([1]);
    expect(found(`p${hex('5-2')}*`)).toEqual([3]);
    expect(found(`s${hex([...'-0801'].reverse().join(''))}*`)).toEqual([3]);
    expect(found('y2026')).toEqual([1, 2]);
    expect(found('y2025')).toEqual([3]);
  });
});
