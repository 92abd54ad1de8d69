import { describe, expect, it } from 'vitest';
import { formatRecordNumber, recordNumberPattern } from '../../../shared/domain/recordNumber';
import { complaintNumbering } from '../../../shared/domain/complaints/complaint';

describe('formatRecordNumber', () => {
  it('writes the ledger prefix, the month and a 4-digit sequence', () => {
    expect(formatRecordNumber(complaintNumbering, '202611', 7)).toBe('TS-202611-0007');
    expect(formatRecordNumber(complaintNumbering, '202612', 1)).toBe('TS-202612-0001');
  });

  it('grows past 9999 instead of wrapping', () => {
    expect(formatRecordNumber(complaintNumbering, '202611', 9999)).toBe('TS-202611-9999');
    expect(formatRecordNumber(complaintNumbering, '202611', 10000)).toBe('TS-202611-10000');
  });
});

describe('recordNumberPattern', () => {
  it('accepts what formatRecordNumber writes', () => {
    for (const sequence of [1, 42, 9999, 10000]) {
      expect(formatRecordNumber(complaintNumbering, '202611', sequence)).toMatch(recordNumberPattern);
    }
  });

  it('refuses malformed numbers', () => {
    for (const text of ['TS-202611-7', 'ts-202611-0007', 'TS-2026-0007', 'TS202611-0007', 'TS-202611-0007 ', '']) {
      expect(recordNumberPattern.test(text), text).toBe(false);
    }
  });
});
