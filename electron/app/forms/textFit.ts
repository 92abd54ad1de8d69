/**
 * How much written text a box on a form holds. Noto Sans SC sets a line at 1.448 em (ascender 1160, descender
 * −288); a CJK character is 1 em wide and Latin letters and digits at most 0.6 em. Estimates are conservative: a
 * line may end a character early (no 。 at a line's start), so two characters are kept in hand per line.
 */
export const lineEm = 1.448;
/** The one size of filled-in text: never smaller, so every form stays readable once photocopied. */
export const writtenSize = 10;
export const writtenLeading = 1.15;
export const lineHeight = writtenSize * lineEm * writtenLeading;

function ems(text: string): number {
  let em = 0;
  for (const char of text) em += char.codePointAt(0)! < 0x2e80 ? 0.6 : 1;
  return em;
}

/** How many lines `text` takes in a box `width` points wide at the written size. */
export function textLines(text: string, width: number, size = writtenSize): number {
  return text.split('\n').reduce((count, part) => count + Math.max(1, Math.ceil((ems(part) * size) / (width - 2 * size))), 0);
}

/** The longest start of `text` that, followed by `suffix`, takes at most `lines` lines. */
export function fittingStart(text: string, suffix: string, lines: number, width: number, size = writtenSize): string {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textLines(chars.slice(0, middle).join('') + suffix, width, size) <= lines) low = middle;
    else high = middle - 1;
  }
  // Cut after a sentence's or clause's end when one is near, so the 附页 starts with words, not with 。
  const near = chars.slice(0, low);
  for (let i = low - 1; i >= Math.max(low - 12, 1); i -= 1) if (clauseEnds.has(near[i]!)) return near.slice(0, i + 1).join('');
  return near.join('');
}

// 。,;!?、: and their narrow forms.
const clauseEnds = new Set([...'\u3002\uff0c\uff1b\uff01\uff1f\u3001\uff1a,;.!?']);

/**
 * Share `budget` lines among boxes that need `needs` lines each: every box gets what it needs while they all fit;
 * otherwise the shortest are served in full and the longest share the rest equally (at least `floor` lines each,
 * fewer when the budget cannot give every box that many).
 */
export function shareLines(needs: readonly number[], budget: number, floor = 2): number[] {
  // A budget too small for the floor (a long address, a void notice) still gives every box a line.
  floor = Math.min(floor, Math.max(1, Math.floor(budget / Math.max(needs.length, 1))));
  const order = needs.map((need, index) => ({ need, index })).sort((a, b) => a.need - b.need);
  const shares = needs.map(() => 0);
  let left = budget;
  order.forEach(({ need, index }, position) => {
    const fair = Math.max(floor, Math.floor(left / (order.length - position)));
    shares[index] = Math.min(need, fair);
    left -= shares[index]!;
  });
  return shares;
}
