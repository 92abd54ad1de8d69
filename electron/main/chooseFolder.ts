import type { BrowserWindow, Dialog } from 'electron';

/** The system's folder picker (a USB stick for an archive, a second disk for backups); null when cancelled. */
export async function chooseFolderWithDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | null,
  title: string,
): Promise<string | null> {
  const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
