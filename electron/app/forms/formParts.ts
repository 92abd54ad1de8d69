import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { printFontName } from './renderPdf';

/** Parts every printed form shares: A4 page, heading with office and number, QR code, signature lines. */

export interface FormHeading {
  title: string;
  /** Which paper this is, in its code: complaint, repairWorkOrder, lossDeclarationFull, blankComplaint… */
  kind: string;
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

/** The page frame: everything above the body, drawn on every page from plain data only. */
const headerHeight = 100;

/**
 * What a page's code says: office, kind of paper, number and revision, so a signed scan coming back finds the very
 * paper that was printed (a register and its work order, a blank and a filled report are different papers).
 */
export function codePayload(heading: Pick<FormHeading, 'office' | 'kind' | 'number' | 'revision'>): string {
  return `TAIZHANG:${heading.office.code}:${heading.kind}:${heading.number}:R${heading.revision}`;
}

/** The header of every page: office, title, code; number, revision and office code. */
export function pageHeader(heading: FormHeading): Content {
  return {
    margin: [42, 22, 42, 0],
    stack: [
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
          { width: 64, qr: codePayload(heading), fit: 58, eccLevel: 'M', alignment: 'right' },
        ],
      },
      {
        columns: [
          { text: `编号:${heading.number}`, bold: true },
          { text: `第 ${heading.revision} 版`, alignment: 'center' },
          { text: `管理处代码:${heading.office.code}`, alignment: 'right' },
        ],
        margin: [0, 4, 0, 0],
      },
    ],
  };
}

export function pageFooter(heading: FormHeading, currentPage: number, pageCount: number): Content {
  return {
    columns: [
      { text: `${heading.number}  ${heading.title}  打印于 ${formatDateTime(heading.printedAt)}`, style: 'small' },
      { text: `第 ${currentPage} 页 共 ${pageCount} 页`, style: 'small', alignment: 'right', width: 'auto' },
    ],
    margin: [42, 12, 42, 0],
  };
}

export function formDocument(heading: FormHeading, body: Content[]): TDocumentDefinitions {
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
    // Callbacks that read only `heading` (plain data), so a definition can be laid out anywhere.
    header: () => pageHeader(heading),
    footer: (currentPage: number, pageCount: number) => pageFooter(heading, currentPage, pageCount),
  };
}
