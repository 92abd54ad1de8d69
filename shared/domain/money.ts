/**
 * Money is integer fen (分) everywhere; the clerk types yuan with at most two decimals. Parsed from the text,
 * never through floating point, so 0.1 + 0.2 never becomes 0.30000000000000004 on a receipt.
 */
export const yuanPattern = /^\d{1,7}(\.\d{1,2})?$/;

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
