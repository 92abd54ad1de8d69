import { halfWidth } from './text';

/** Money is integer fen (分): never a float, so ¥0.10 + ¥0.20 is exactly ¥0.30. */

export const maxAmountFen = 999_999_999_999;

/** 123456 → ¥1,234.56 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const yuan = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(absolute % 100).padStart(2, '0')}`;
}

/** What the clerk typed ('1,234.5', '¥1234.56') → fen, read as text so no float rounding creeps in; null if unreadable. */
export function yuanTextToFen(text: string): number | null {
  const match = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(text.replace(/[¥,\s]/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export type TypedAmount = { ok: true; fen: number } | { ok: false; message: string };

/**
 * An amount as a ledger kept in Excel writes it: ¥1,234.50, ￥1234.5, 1234.50元, 人民币1,234元整, 1.5万元,
 * full-width digits included; read as text, so no float rounding creeps in. Never negative; at most to the 分.
 */
export function readTypedAmount(typed: string): TypedAmount {
  const shown = typed.trim();
  let text = halfWidth(typed)
    .replace(/[\s,]/g, '')
    .replace(/^(人民币|RMB|CNY|¥|￥)+/i, '')
    .replace(/(元整|圆整|元|圆)$/, '');
  const tenThousands = text.endsWith('万');
  if (tenThousands) text = text.slice(0, -1);
  if (/^[-(（]/.test(text)) return { ok: false, message: `金额“${shown}”不能为负数` };
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, message: `看不懂金额“${shown}”:请写数字,如 1234.50、¥1,234.50 或 1234.5元` };
  // 1 万元 is 1,000,000 分: up to six decimals of 万 are still whole fen.
  const places = tenThousands ? 6 : 2;
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > places) return { ok: false, message: `金额“${shown}”超出了“分”:最多两位小数` };
  const fen = Number(match[1]) * 10 ** places + Number(decimals.padEnd(places, '0'));
  if (fen > maxAmountFen) return { ok: false, message: `金额“${shown}”过大,请核对` };
  return { ok: true, fen };
}

/** An amount Excel stored as a number (1234.5): its fen, when it has no more than two decimals. */
export function amountFromNumber(value: number): TypedAmount {
  const fen = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(value * 100 - fen) > 1e-6) return { ok: false, message: `金额 ${value} 超出了“分”:最多两位小数` };
  if (fen < 0) return { ok: false, message: `金额 ${value} 不能为负数` };
  if (fen > maxAmountFen) return { ok: false, message: `金额 ${value} 过大,请核对` };
  return { ok: true, fen };
}

const digits = '零壹贰叁肆伍陆柒捌玖';
const placeUnits = ['', '拾', '佰', '仟'];
const groupUnits = ['', '万', '亿', '万亿'];

/** The yuan part in capitals: one 零 for a run of zeros between digits, none at the end of a group. */
function integerInCapitals(yuan: number): string {
  const text = String(yuan);
  let out = '';
  let pendingZero = false;
  let groupHasDigit = false;
  for (let index = 0; index < text.length; index += 1) {
    const digit = Number(text[index]);
    const position = text.length - 1 - index;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += digits[digit]! + placeUnits[position % 4]!;
      groupHasDigit = true;
    }
    if (position % 4 === 0 && position > 0) {
      // 万 and 亿 close a group that has digits; after them a zero only counts if the next group starts with one.
      if (groupHasDigit) {
        out += groupUnits[position / 4]!;
        pendingZero = false;
      }
      groupHasDigit = false;
    }
  }
  return out;
}

/**
 * 大写金额 as 《会计基础工作规范》 writes it on a receipt: 123456 → 壹仟贰佰叁拾肆元伍角陆分, 1000500 → 壹万零伍元整,
 * 150 → 壹元伍角整, 105 → 壹元零伍分, 56 → 伍角陆分. 整 follows an amount that ends at 元 or 角, never at 分.
 */
export function amountInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError('金额应为非负整数(分)');
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  const whole = yuan > 0 ? `${integerInCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${whole}整`;
  const jiaoPart = jiao > 0 ? `${digits[jiao]}角` : yuan > 0 ? '零' : '';
  const centPart = cents > 0 ? `${digits[cents]}分` : '整';
  return `${whole}${jiaoPart}${centPart}`;
}

/** What a repair's charge field accepts: yuan with at most two decimals. */
export const yuanPattern = /^\d{1,7}(\.\d{1,2})?$/;

/** A charge already matched by `yuanPattern` → fen. */
export function yuanToFen(text: string): number {
  const [whole = '0', decimals = ''] = text.trim().split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** 1250 → "12.50" */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
