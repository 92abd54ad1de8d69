import { describe, expect, it } from 'vitest';
import { fittingStart, shareLines, textLines } from '../../../electron/app/forms/textFit';
import { createAttachmentPages } from '../../../electron/app/forms/attachmentPages';

describe('textLines', () => {
  it('counts a CJK character as one em and a digit as 0.6, two characters kept in hand per line', () => {
    // 500 pt at 10 pt, less 20 pt in hand: 48 CJK characters a line.
    expect(textLines('字'.repeat(48), 500)).toBe(1);
    expect(textLines('字'.repeat(49), 500)).toBe(2);
    expect(textLines('1'.repeat(78), 500)).toBe(1);
    expect(textLines('一\n二\n', 500)).toBe(3);
  });
});

describe('fittingStart', () => {
  it('takes the longest start that fits with the suffix, cut after a nearby clause end', () => {
    const text = '楼上卫生间漏水,天花板渗水。'.repeat(20);
    const start = fittingStart(text, '……(续见附页 1)', 2, 500);
    expect(text.startsWith(start)).toBe(true);
    expect(textLines(`${start}……(续见附页 1)`, 500)).toBeLessThanOrEqual(2);
    expect(start).toMatch(/[,。]$/);
    expect(start.length).toBeGreaterThan(80);
  });

  it('never cuts a character made of two UTF-16 units in half', () => {
    const text = '𠮷'.repeat(300);
    const start = fittingStart(text, '', 1, 500);
    expect([...start].every((char) => char === '𠮷')).toBe(true);
  });
});

describe('shareLines', () => {
  it('gives every box what it needs while they fit', () => {
    expect(shareLines([2, 3, 1], 10)).toEqual([2, 3, 1]);
  });

  it('serves the short boxes in full and shares the rest among the long ones', () => {
    expect(shareLines([2, 40, 30], 12)).toEqual([2, 5, 5]);
  });

  it('gives each box at least one line when the budget is below the floor, never more than the budget in all', () => {
    const shares = shareLines(Array.from({ length: 8 }, () => 40), 12);
    expect(shares.every((share) => share >= 1)).toBe(true);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(12);
  });
});

describe('attachment pages', () => {
  it('keeps a text that fits, and numbers the ones that do not in the order they came', () => {
    const attachments = createAttachmentPages();
    expect(attachments.fit('说明', '短句。', 2, 500)).toBe('短句。');
    const long = '很长的内容,需要续页。'.repeat(30);
    const first = attachments.fit('投诉内容', long, 2, 500);
    const second = attachments.fit('调查情况', long, 3, 500);
    expect(first).toMatch(/……\(续见附页 1\)$/);
    expect(second).toMatch(/……\(续见附页 2\)$/);
    const pages = attachments.pages() as Array<{ stack: Array<{ text: string }> }>;
    expect(pages).toHaveLength(2);
    expect(pages[0]!.stack[0]!.text).toBe('附页 1');
    // What the box shows and what the 附页 carries are the whole text, once.
    expect(first.replace('……(续见附页 1)', '') + pages[0]!.stack[2]!.text).toBe(long);
  });
});
