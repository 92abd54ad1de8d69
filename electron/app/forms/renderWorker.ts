import { parentPort, workerData } from 'node:worker_threads';
import type { PrintFonts } from './fonts';
import type { PrintDefinition } from './pageFrame';
import { renderPdf } from './renderPdf';

/**
 * A render worker (renderPool.ts): the print fonts arrive once, are parsed once here, and every definition posted
 * is rendered and its PDF transferred back. Whatever pdfmake and fontkit keep grows here, not in the main process,
 * and goes when the pool retires this worker.
 */
export interface RenderRequest {
  id: number;
  definition: PrintDefinition;
  /** For the pool's test only: the worker dies mid-render, as one out of memory would. */
  crash?: boolean;
}
export type RenderAnswer = { id: number; pdf: Uint8Array } | { id: number; error: string };

const cloned = workerData as { fonts: PrintFonts };
// Buffers arrive as plain Uint8Arrays: viewed as Buffers again, without copying.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const fonts: PrintFonts = { ...cloned.fonts, faces: cloned.fonts.faces.map((face) => ({ ...face, regular: asBuffer(face.regular), bold: asBuffer(face.bold) })) };

parentPort!.on('message', (request: RenderRequest) => {
  if (request.crash) process.exit(70);
  renderPdf(fonts, request.definition).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      // A PDF in a pooled buffer cannot be transferred; one of its own can.
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
      parentPort!.postMessage({ id: request.id, pdf: own } satisfies RenderAnswer, [own.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies RenderAnswer),
  );
});
