import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter, isRegionCode, normaliseIdNumber } from '../../../shared/domain/idNumber';

/** A made-up number with its correct check character, computed by the checker rather than taken from a person. */
function withCheck(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

/** Vary the sequence digits until the check character is `wanted` (to get an X-ended number). */
function endingWith(prefix14: string, wanted: string): string {
  for (let sequence = 0; sequence < 1000; sequence += 1) {
    const first17 = prefix14 + String(sequence).padStart(3, '0');
    if (idCheckCharacter(first17) === wanted) return first17 + wanted;
  }
  throw new Error(`no sequence gives ${wanted}`);
}

describe('idCheckCharacter (GB 11643 MOD 11-2)', () => {
  it('computes the published example of the standard', () => {
    // The worked example in GB 11643-1999 (appendix): 11010519491231002 → X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('weights every position: changing any one digit changes the check character', () => {
    const base = '32050219880101123';
    for (let index = 0; index < 17; index += 1) {
      const changed = base.slice(0, index) + String((Number(base[index]) + 1) % 10) + base.slice(index + 1);
      expect(idCheckCharacter(changed)).not.toBe(idCheckCharacter(base));
    }
  });
});

describe('checkIdNumber', () => {
  it('accepts a number whose check character is right', () => {
    const number = withCheck('44030419900307123');
    expect(checkIdNumber(number, '2026-11-23')).toEqual({ ok: true, idNumber: number, birthDate: '1990-03-07', provinceCode: '44' });
  });

  it('accepts an X check character, typed upper or lower case, and spaces', () => {
    const number = endingWith('31011519851120', 'X');
    expect(number.endsWith('X')).toBe(true);
    expect(checkIdNumber(number)).toMatchObject({ ok: true, idNumber: number });
    const typed = `${number.slice(0, 6)} ${number.slice(6, 14)} ${number.slice(14).toLowerCase()}`;
    expect(checkIdNumber(typed)).toMatchObject({ ok: true, idNumber: number });
  });

  it('names the expected check character when one digit was copied wrong', () => {
    const number = withCheck('11010519491231002'.replace('1949', '1950'));
    const wrong = number.slice(0, 17) + (number[17] === '0' ? '1' : '0');
    const check = checkIdNumber(wrong);
    expect(check).toMatchObject({ ok: false, problem: 'checkDigit' });
    expect(check.ok ? '' : check.message).toBe(`身份证号校验位不对:按前 17 位算应为“${number[17]}”,填写的是“${wrong[17]}”,请核对是否抄错`);
  });

  it('refuses an X where a digit is due, and a swapped pair of digits', () => {
    const number = endingWith('11010519491231', '5');
    expect(checkIdNumber(`${number.slice(0, 17)}X`)).toMatchObject({ ok: false, problem: 'checkDigit' });
    const swapped = number.slice(0, 15) + number[16] + number[15] + number[17];
    if (swapped !== number) expect(checkIdNumber(swapped)).toMatchObject({ ok: false, problem: 'checkDigit' });
  });

  it('tells the length when it is not 18, including the old 15-digit numbers', () => {
    expect(checkIdNumber('110105491231002')).toEqual({ ok: false, problem: 'length', message: '身份证号应为 18 位,现在是 15 位' });
    expect(checkIdNumber('1101051949123100211')).toMatchObject({ ok: false, problem: 'length' });
    expect(checkIdNumber('')).toMatchObject({ ok: false, problem: 'empty', message: '请填写身份证号' });
  });

  it('refuses letters inside the number', () => {
    expect(checkIdNumber('11010519491231X02X')).toMatchObject({ ok: false, problem: 'format', message: '身份证号前 17 位应为数字,最后一位为数字或 X' });
  });

  it('refuses a region code that is not a province (00, 10, 20, 83, 99)', () => {
    for (const code of ['00', '10', '20', '39', '83', '99']) {
      const check = checkIdNumber(withCheck(`${code}010519800101123`));
      expect(check).toMatchObject({ ok: false, problem: 'region' });
      expect(check.ok ? '' : check.message).toContain(`“${code}”`);
    }
    for (const code of ['110105', '460105', '650105', '710000', '810000', '820000']) expect(checkIdNumber(withCheck(`${code}19800101123`)).ok, code).toBe(true);
  });

  it('checks all six digits against GB/T 2260, the codes no longer in use included', () => {
    const check = checkIdNumber(withCheck('11990019491231002'));
    expect(check).toMatchObject({ ok: false, problem: 'region', message: '身份证号前六位“119900”不是行政区划代码(GB/T 2260,含已撤销的),请核对' });
    for (const code of ['110103', '110104', '110223', '320584', '330113', '441900']) expect(isRegionCode(code), code).toBe(true);
    for (const code of ['119900', '110199', '320599', '460999']) expect(isRegionCode(code), code).toBe(false);
  });

  it('normalises what a Chinese input method types: full-width digits, Ｘ or ｘ, the ideographic space', () => {
    expect(normaliseIdNumber('１１０１０５\u3000１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('11010519491231002Ｘ')).toBe('11010519491231002X');
  });

  it('refuses birth dates that do not exist, lie before 1900 or after today', () => {
    for (const birth of ['19900230', '19901301', '19900100', '18991231']) {
      const check = checkIdNumber(withCheck(`110105${birth}123`));
      expect(check).toMatchObject({ ok: false, problem: 'birthDate' });
      expect(check.ok ? '' : check.message).toContain(birth);
    }
    expect(checkIdNumber(withCheck('11010520000229123')).ok).toBe(true);
    expect(checkIdNumber(withCheck('11010520261124123'), '2026-11-23')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(checkIdNumber(withCheck('11010520261123123'), '2026-11-23').ok).toBe(true);
  });
});
