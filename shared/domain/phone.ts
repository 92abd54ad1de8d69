import { phonePattern } from './fieldSchemas';
import { halfWidth } from './text';

export type TypedPhone = { ok: true; phone: string } | { ok: false; message: string };

const formats = '手机 11 位,座机如 0755-12345678';

/**
 * A phone number as an office writes it: 138 1234 5678, 138-1234-5678, +86 138…, (0755)12345678,
 * 0755 1234 5678, 010-12345678转123, full-width digits included. Answered as the desk stores it: a mobile as its
 * 11 digits, a landline as 0755-12345678 (extension -123). One number per cell: a second one is refused, never
 * dropped.
 */
export function readTypedPhone(typed: string): TypedPhone {
  const shown = typed.trim();
  const text = halfWidth(typed).trim();
  if (/[/、,;，;]|\d\s*或\s*\d/.test(text) || (text.match(/1[3-9]\d{9}/g)?.length ?? 0) > 1) {
    return { ok: false, message: `“${shown}”有不止一个号码:每格只填一个电话` };
  }
  const [number = '', extension] = text.split(/\s*(?:转|ext\.?|x)\s*/i);
  const plain = number.replace(/\s/g, '');
  if (!extension && /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/.test(plain)) return { ok: true, phone: plain };
  const compact = number.replace(/^(\+|00)?86[\s-]*(?=1[3-9])/, '').replace(/[\s()（）-]/g, '');
  const phone = /^0\d{9,11}$/.test(compact) ? landline(number, compact) : compact;
  const withExtension = extension ? `${phone}-${extension.replace(/\D/g, '')}` : phone;
  if (phonePattern.test(withExtension)) return { ok: true, phone: withExtension };
  const lostZero = /^[1-9]\d{9,10}$/.test(compact) && !/^1[3-9]/.test(compact);
  return {
    ok: false,
    message: lostZero
      ? `电话“${shown}”不对:若是以 0 开头的座机,区号的 0 可能被 Excel 去掉了,请把该列设为文本后重填`
      : `电话“${shown}”不是有效的号码(${formats})`,
  };
}

/** The area code is what the office wrote before the number (0755 in (0755)12345678 or 0755 1234 5678). */
function landline(typed: string, digits: string): string {
  const written = /^\s*[(（]?\s*(0\d{2,3})\s*[)）\s-]/.exec(halfWidth(typed))?.[1];
  const areaLength = written?.length ?? (/^0(10|2\d)/.test(digits) ? 3 : 4);
  return `${digits.slice(0, areaLength)}-${digits.slice(areaLength)}`;
}
