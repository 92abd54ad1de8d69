import type { PrintFonts } from './fonts';
import type { PrintDefinition } from './pageFrame';
import { renderPdf } from './renderPdf';

/**
 * A render process (renderPool.ts): a child of the app's main process, started by Node's fork or by Electron's
 * utilityProcess (renderChild.ts). The print fonts are named once (their files are read here), and every definition sent is
 * rendered and its PDF sent back. Whatever pdfmake and fontkit keep grows here, in memory of its own, not in the
 * main process's, and goes when the pool retires this process.
 */
export interface RenderRequest {
  id: number;
  definition: PrintDefinition;
  /** For the pool's test only: the process dies mid-render, as one out of memory would. */
  crash?: boolean;
}
export type RenderMessage = { fonts: PrintFonts } | RenderRequest;
export type RenderAnswer = { id: number; pdf: Uint8Array } | { id: number; error: string };

/** Electron's utility process talks through process.parentPort; a child of Node's fork through process.send. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: RenderMessage }) => void): void;
  postMessage(message: RenderAnswer): void;
}
const parentPort = (process as { parentPort?: ParentPort }).parentPort;
function answer(message: RenderAnswer): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send!(message);
}

let fonts: PrintFonts | undefined;

function receive(message: RenderMessage): void {
  if ('fonts' in message) {
    fonts = message.fonts;
    return;
  }
  if (message.crash) process.exit(70);
  if (!fonts) return answer({ id: message.id, error: '打印字体尚未载入' });
  renderPdf(fonts, message.definition).then(
    (pdf) => answer({ id: message.id, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) }),
    (error: unknown) => answer({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
}

if (parentPort) parentPort.on('message', (event) => receive(event.data));
else {
  process.on('message', (message) => receive(message as RenderMessage));
  // The app gone (closed, or crashed), its render processes go too.
  process.on('disconnect', () => process.exit(0));
}
