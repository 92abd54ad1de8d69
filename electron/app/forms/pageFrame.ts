import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Office } from '../../../shared/domain/office/officeRecords';

/**
 * The frame every printed page carries (office, title, code, number and revision above; number, title, print time
 * and 第 x 页 共 y 页 below), described by plain data in the definition and drawn only where the PDF is rendered.
 * A definition with no functions in it can be posted to a render worker (renderPool.ts) and keyed by the form
 * cache as it is.
 */
export interface FormHeading {
  title: string;
  /** Which paper this is, in its code: complaint, repairWorkOrder, lossDeclarationFull, blankComplaint… */
  kind: string;
  office: Office;
  number: string;
  revision: number;
  printedAt: string;
}

/**
 * A document as the app describes it: pdfmake's definition without callbacks. `frame` is drawn on every page;
 * `sheetFrames` gives page n the frame of sheet n, each as page 1 of 1 (a batch of blank forms, each its own paper).
 */
export type PrintDefinition = Omit<TDocumentDefinitions, 'header' | 'footer' | 'background'> & {
  frame?: FormHeading;
  sheetFrames?: FormHeading[];
};

/** 2026-11-23T09:30:00 → 2026年11月23日 09:30 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日 ${iso.slice(11, 16)}`;
}

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

/** pdfmake's definition of `definition`: its frame turned into the header and footer callbacks pdfmake calls per page. */
export function framedDefinition(definition: PrintDefinition): TDocumentDefinitions {
  const { frame, sheetFrames, ...document } = definition;
  if (sheetFrames) {
    // Page n is blank n: a blank's layout keeps it to one sheet (a test holds each to it).
    const sheet = (page: number) => {
      const heading = sheetFrames[page - 1];
      if (!heading) throw new Error(`blank forms: ${sheetFrames.length} blanks ran over ${page} pages`);
      return heading;
    };
    return { ...document, header: (page: number) => pageHeader(sheet(page)), footer: (page: number) => pageFooter(sheet(page), 1, 1) };
  }
  if (frame) return { ...document, header: () => pageHeader(frame), footer: (page: number, pages: number) => pageFooter(frame, page, pages) };
  return document;
}
