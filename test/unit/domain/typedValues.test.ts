import { describe, expect, it } from 'vitest';
import { readTypedMoment, readTypedTime } from '../../../shared/domain/typedDate';
import { excelSerialToLocal } from '../../../shared/domain/officeDate';
import { amountFromNumber, readTypedAmount } from '../../../shared/domain/money';
import { readTypedPhone } from '../../../shared/domain/phone';
import { readRoomText, roomPartText } from '../../../shared/domain/office/roomText';
import { halfWidth } from '../../../shared/domain/text';

/** Values as offices type them into Excel ledgers, read by the rules the import applies to every file. */
describe('typed dates', () => {
  it.each([
    ['2026/3/5', '2026-03-05', null],
    ['2026-03-05', '2026-03-05', null],
    ['2026.3.5', '2026-03-05', null],
    ['2026年3月5日', '2026-03-05', null],
    ['2026 年 3 月 5 号', '2026-03-05', null],
    ['20260305', '2026-03-05', null],
    ['２０２６／３／５', '2026-03-05', null],
    ['2026/3/5 14:30', '2026-03-05', '14:30:00'],
    ['2026-03-05T09:05:07', '2026-03-05', '09:05:07'],
    ['2026年3月5日14时30分', '2026-03-05', '14:30:00'],
    ['2026年3月5日 下午2点半', '2026-03-05', '14:30:00'],
    ['2026.3.5 9：05', '2026-03-05', '09:05:00'],
    ['46086', '2026-03-05', null],
    ['46086.75', '2026-03-05', '18:00:00'],
  ])('reads %s', (typed, date, time) => {
    expect(readTypedMoment(typed)).toEqual({ ok: true, date, time });
  });

  it.each([
    ['2026/2/30', '不是日历上有的日期'],
    ['2026/13/5', '不是日历上有的日期'],
    ['3/5/2026', '请按 年/月/日 填写'],
    ['26/3/5', '年份请写 4 位'],
    ['3月5日', '缺年份'],
    ['上周三', '看不懂日期'],
    ['2026/3/5 25:00', '时间看不懂'],
    ['2026/3/5 14:61', '时间看不懂'],
  ])('refuses %s with a reason', (typed, reason) => {
    const read = readTypedMoment(typed);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(reason);
  });

  it('reads a time typed on its own column', () => {
    expect(readTypedTime('9:30')).toEqual({ ok: true, time: '09:30:00' });
    expect(readTypedTime('晚上8点')).toEqual({ ok: true, time: '20:00:00' });
    expect(readTypedTime('24:00').ok).toBe(false);
  });

  it('turns Excel serial dates into the wall clock they show (1900 system, its phantom 29 February included)', () => {
    expect(excelSerialToLocal(46086)).toBe('2026-03-05T00:00:00');
    expect(excelSerialToLocal(46086.604166666664)).toBe('2026-03-05T14:30:00');
    expect(excelSerialToLocal(61)).toBe('1900-03-01T00:00:00');
    expect(excelSerialToLocal(-1)).toBeNull();
  });
});

describe('typed amounts', () => {
  it.each([
    ['¥1,234.50', 123450],
    ['￥1234.5', 123450],
    ['1234.50元', 123450],
    ['人民币 1,234 元整', 123400],
    ['RMB20000', 2000000],
    ['1.5万元', 1500000],
    ['１２３４．５', 123450],
    ['1，234.00', 123400],
    ['0.10', 10],
  ])('reads %s as %i fen', (typed, fen) => {
    expect(readTypedAmount(typed)).toEqual({ ok: true, fen });
  });

  it.each([
    ['-100', '不能为负数'],
    ['12.345', '最多两位小数'],
    ['一千元', '看不懂金额'],
    ['12a', '看不懂金额'],
  ])('refuses %s', (typed, reason) => {
    const read = readTypedAmount(typed);
    expect(!read.ok && read.message).toContain(reason);
  });

  it('takes a number Excel stored to the fen, no further', () => {
    expect(amountFromNumber(1234.5)).toEqual({ ok: true, fen: 123450 });
    expect(amountFromNumber(0.1 + 0.2)).toEqual({ ok: true, fen: 30 });
    expect(amountFromNumber(1.005).ok).toBe(false);
  });
});

describe('typed phones', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['0755-12345678', '0755-12345678'],
    ['(0755)12345678', '0755-12345678'],
    ['0755 1234 5678', '0755-12345678'],
    ['01012345678', '010-12345678'],
    ['010-12345678转123', '010-12345678-123'],
    ['82345678', '82345678'],
    ['12345', '12345'],
  ])('reads %s as %s', (typed, phone) => {
    expect(readTypedPhone(typed)).toEqual({ ok: true, phone });
  });

  it.each([
    ['13812345678/13987654321', '不止一个号码'],
    ['13812345678、13987654321', '不止一个号码'],
    ['1381234567', '不是有效的号码'],
    ['75512345678', '区号的 0'],
  ])('refuses %s', (typed, reason) => {
    const read = readTypedPhone(typed);
    expect(!read.ok && read.message).toContain(reason);
  });
});

describe('typed rooms', () => {
  it.each([
    ['3-1-1502', '3-1-1502'],
    ['3/1/1502', '3-1-1502'],
    ['3栋1单元1502室', '3-1-1502'],
    ['3号楼1单元1502', '3-1-1502'],
    ['3幢 1单元 1502号', '3-1-1502'],
    ['A座2单元301', 'A-2-301'],
    ['3#1-1502', '3-1-1502'],
    ['３－１－１５０２', '3-1-1502'],
  ])('reads %s as %s', (typed, label) => {
    const read = readRoomText(typed);
    expect(read.ok && read.label).toBe(label);
  });

  it.each(['1502', '3-1502', '小区东门', '3栋1单元'])('never completes %s into a room', (typed) => {
    expect(readRoomText(typed)).toMatchObject({ ok: false, message: expect.stringContaining('楼栋、单元和房号') });
  });

  it('reads the parts of separate columns without their marks', () => {
    expect([roomPartText('3栋', 'building'), roomPartText('1单元', 'unit'), roomPartText('1502室', 'roomNo')]).toEqual(['3', '1', '1502']);
  });

  it('turns full-width letters, digits and spaces into ASCII', () => {
    expect(halfWidth('ＡＢ座\u3000１２')).toBe('AB座 12');
  });
});
