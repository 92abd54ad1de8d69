import { describe, expect, it } from 'vitest';
import { amountInCapitals, formatYuan, yuanTextToFen } from '../../../shared/domain/money';

describe('formatYuan', () => {
  it('shows yuan with thousands separators and two decimals', () => {
    expect(formatYuan(123456)).toBe('¥1,234.56');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(100000000)).toBe('¥1,000,000.00');
    expect(formatYuan(0)).toBe('¥0.00');
  });
});

describe('yuanTextToFen', () => {
  it('reads what the clerk typed as exact fen, without float rounding', () => {
    expect(yuanTextToFen('1234.56')).toBe(123456);
    expect(yuanTextToFen('¥1,234.5')).toBe(123450);
    expect(yuanTextToFen('0.29')).toBe(29);
    expect(yuanTextToFen('1.005')).toBeNull();
    expect(yuanTextToFen('12a')).toBeNull();
    expect(yuanTextToFen('')).toBeNull();
  });
});

describe('amountInCapitals', () => {
  const cases: Array<[number, string]> = [
    [123456, '壹仟贰佰叁拾肆元伍角陆分'],
    [1000500, '壹万零伍元整'],
    [0, '零元整'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [150, '壹元伍角整'],
    [105, '壹元零伍分'],
    [56, '伍角陆分'],
    [5, '伍分'],
    [50, '伍角整'],
    [10050, '壹佰元伍角整'],
    [10006, '壹佰元零陆分'],
    [1050000, '壹万零伍佰元整'],
    [10000000, '壹拾万元整'],
    [10001000, '壹拾万零壹拾元整'],
    [150100000, '壹佰伍拾万壹仟元整'],
    [100000100, '壹佰万零壹元整'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [200000000, '贰佰万元整'],
    [10000000000, '壹亿元整'],
    [10000100000, '壹亿零壹仟元整'],
    [1200000000000 / 10, '壹拾贰亿元整'],
    [99999999999, '玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [3004000500, '叁仟零肆万零伍元整'],
  ];
  it.each(cases)('%i fen → %s', (fen, capitals) => {
    expect(amountInCapitals(fen)).toBe(capitals);
  });

  it('refuses fractions of a fen and negative amounts', () => {
    expect(() => amountInCapitals(1.5)).toThrow(RangeError);
    expect(() => amountInCapitals(-1)).toThrow(RangeError);
  });
});
