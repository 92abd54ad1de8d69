import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppPage, type RendererSource } from './rendererSource';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * A call is trusted only from the app window's own main frame showing the app's own page: not from a subframe
 * (the PDF preview), not from another webContents, not after the page went somewhere else.
 */
export function trustedSenderCheck(appContents: () => WebContents | null | undefined, source: RendererSource): SenderCheck {
  return (event) => {
    try {
      const contents = appContents();
      if (!contents || event.sender !== contents) return false;
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null) return false;
      return isAppPage(source, frame.url);
    } catch {
      // Electron throws when a disposed frame is touched; a frame that is gone is not trusted.
      return false;
    }
  };
}
