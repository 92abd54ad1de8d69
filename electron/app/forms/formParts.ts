import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { printFontName } from './renderPdf';

/** Parts every printed form shares: A4 page, heading with office and number, QR code, signature lines. */

export interface FormHeading {
  title: string;
  office: Office;
  number: string;
  revision: number;
  printedAt: string;
}

/** A checkbox as the paper shows it: ■ ticked, □ not. */
export function box(checked: boolean, label: string): string {
  return `${checked ? '■' : '□'}${label}`;
}

/** 2026-11-23T09:30:00 → 2026年11月23日 09:30 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日 ${iso.slice(11, 16)}`;
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

export function formDocument(heading: FormHeading, body: Content[]): TDocumentDefinitions {
  const qrText = `TAIZHANG:${heading.office.code}:${heading.number}:R${heading.revision}`;
  return {
    pageSize: 'A4',
    pageMargins: [42, 30, 42, 40],
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
      small: { fontSize: 8.5, color: '#444444' },
    },
    content: [
      {
        columns: [
          { width: 64, text: '' },
          {
            width: '*',
            stack: [
              { text: `${heading.office.companyName} ${heading.office.name}`, style: 'office' },
              { text: heading.title, style: 'title', margin: [0, 4, 0, 0] },
            ],
          },
          { width: 64, qr: qrText, fit: 58, eccLevel: 'M', alignment: 'right' },
        ],
      },
      {
        columns: [
          { text: `编号:${heading.number}`, bold: true },
          { text: heading.revision > 0 ? `第 ${heading.revision} 版` : '', alignment: 'center' },
          { text: `管理处代码:${heading.office.code}`, alignment: 'right' },
        ],
        margin: [0, 6, 0, 4],
      },
      ...body,
    ],
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `${heading.number}  打印于 ${formatDateTime(heading.printedAt)}`, style: 'small' },
        { text: `第 ${currentPage} 页 共 ${pageCount} 页`, style: 'small', alignment: 'right' },
      ],
      margin: [42, 12, 42, 0],
    }),
  };
}
