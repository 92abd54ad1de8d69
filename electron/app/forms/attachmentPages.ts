import type { Content } from 'pdfmake/interfaces';
import { fittingStart, textLines, writtenLeading, writtenSize } from './textFit';

/**
 * 附页: text too long for its box on the form continues on a numbered attachment page, at the same size as
 * everything written, and the box says where (……见附页 1). Each attachment starts a page of its own, under the
 * same page frame (title, number, code, 第 x 页 共 y 页), so the sheets can be told apart once filed.
 */
export interface AttachmentPages {
  /** What the box prints: all of `text` when it fits `lines` lines of `width` points, else its start and 见附页 N. */
  fit(section: string, text: string, lines: number, width: number): string;
  /** The attachment pages, to follow the form's last page; none when everything fitted. */
  pages(): Content[];
}

export const seeAttachment = (number: number) => `……(续见附页 ${number})`;

export function createAttachmentPages(): AttachmentPages {
  const continued: Array<{ section: string; text: string }> = [];
  return {
    fit(section, text, lines, width) {
      if (textLines(text, width) <= lines) return text;
      const number = continued.length + 1;
      const start = fittingStart(text, seeAttachment(number), lines, width);
      continued.push({ section, text: text.slice(start.length) });
      return `${start}${seeAttachment(number)}`;
    },
    pages() {
      return continued.map(({ section, text }, index): Content => ({
        pageBreak: 'before',
        stack: [
          { text: `附页 ${index + 1}`, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 4] },
          { text: `${section}(接正文)`, bold: true, margin: [0, 0, 0, 4] },
          { text, fontSize: writtenSize, lineHeight: writtenLeading },
        ],
      }));
    },
  };
}
