import type { createRequire } from 'node:module';

/** A square of pdfmake's QR canvas (pdfmake/js/qrEnc.js draws one filled rect per dark module). */
interface QrSquare {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth: number;
  color: string;
}
type QrNode = Record<string, unknown> & { _canvas?: QrSquare[] };
interface QrEncoder {
  default: { measure(node: QrNode): QrNode };
}

/** What pdfmake's encoder reads off a node (qrEnc.js: generateFrame, buildCanvas). */
const qrOptions = ['qr', 'fit', 'eccLevel', 'version', 'mask', 'mode', 'foreground', 'background', 'padding'] as const;
/** What its measure sets besides the canvas: all the code's size. */
const qrSizes = ['_width', '_height', '_minWidth', '_maxWidth', '_minHeight', '_maxHeight'] as const;

/**
 * Every page's header carries the form's QR code, which pdfmake encodes again for each page it lays out and draws
 * as one filled rect per dark module: ~400 fills a page, some 6 % of a form's time. Here the dark modules of a row
 * that touch are one rect (the same ink: a scanner reads the same code, test/integration/forms/scannableCode.test.ts),
 * and the last code encoded is kept for the pages after. pdfmake moves the rects as it draws, so each gets copies.
 */
export function drawQrCodesInRuns(require: ReturnType<typeof createRequire>): void {
  const encoder = (require('pdfmake/js/qrEnc') as QrEncoder).default;
  const measure = encoder.measure.bind(encoder);
  let last: { key: string; squares: QrSquare[]; size: unknown } | undefined;
  encoder.measure = (node) => {
    const key = JSON.stringify(qrOptions.map((option) => node[option]));
    if (last?.key !== key) {
      const measured = measure(node);
      last = { key, squares: joinRows(measured._canvas ?? []), size: measured._width };
    }
    for (const size of qrSizes) node[size] = last.size;
    node._canvas = last.squares.map((square) => ({ ...square }));
    return node;
  };
}

/** Squares in reading order (the background first), those of a row that touch joined into one. */
export function joinRows(squares: readonly QrSquare[]): QrSquare[] {
  const joined: QrSquare[] = [];
  for (const square of squares) {
    const previous = joined.at(-1);
    if (previous && previous.y === square.y && previous.h === square.h && previous.color === square.color && previous.x + previous.w === square.x) previous.w += square.w;
    else joined.push({ ...square });
  }
  return joined;
}
