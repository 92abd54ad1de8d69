import type { Content, ContentText } from 'pdfmake/interfaces';
import { printFontName } from './renderPdf';
import type { FormHeading, PrintDefinition } from './pageFrame';

export { codePayload, formatDateTime, pageFooter, pageHeader, type FormHeading } from './pageFrame';

/** Parts every printed form shares: A4 page, heading with office and number, QR code, signature lines. */

/** A checkbox as the paper shows it: ■ ticked, □ not. */
export function box(checked: boolean, label: string): string {
  return `${checked ? '■' : '□'}${label}`;
}

// Plain spaces are collapsed by the layout; the blanks a hand fills in need ones that are not.
const blankSpace = '\u00a0';
const wideSpace = '\u3000';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return `${wideSpace.repeat(2)}年${wideSpace.repeat(2)}月${wideSpace.repeat(2)}日`;
  return `${iso.slice(0, 4)} 年 ${iso.slice(5, 7)} 月 ${iso.slice(8, 10)} 日`;
}

/** "调查人:________  年 月 日" — filled where the record already knows who and when. */
export function signatureLine(label: string, name?: string | null, date?: string | null): ContentText {
  const signed = name ? `${blankSpace.repeat(3)}${name}${blankSpace.repeat(3)}` : blankSpace.repeat(24);
  return {
    text: [`${label}:`, { text: signed, decoration: 'underline' }, `${wideSpace.repeat(2)}${formatDate(date)}`],
    alignment: 'right',
    margin: [0, 1, 4, 0],
  };
}

/** The page frame: everything above the body, drawn on every page from plain data only. */
const headerHeight = 100;

export function formDocument(heading: FormHeading, body: Content[]): PrintDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [42, headerHeight + 8, 42, 40],
    info: {
      title: `${heading.title} ${heading.number}`,
      author: heading.office.name,
      subject: heading.title,
      creator: '物业台账',
    },
    defaultStyle: { font: printFontName, fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 2 },
      office: { fontSize: 11, alignment: 'center' },
      label: { bold: true },
      // The smallest type on any paper: nothing printed is below 9 pt.
      small: { fontSize: 9, color: '#444444' },
    },
    content: body,
    // Drawn on every page where the PDF is rendered (pageFrame.ts): the definition stays plain data.
    frame: heading,
  };
}
