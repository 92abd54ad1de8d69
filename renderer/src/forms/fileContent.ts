/** Files crossing the contract as base64 (uploads) and coming back from it (attachments, printed PDFs). */

export const maxUploadBytes = 20 * 1024 * 1024;

/** A file the clerk picked, read in the renderer, ready for an upload channel. */
export interface PickedFile {
  fileName: string;
  size: number;
  contentBase64: string;
}

/**
 * A picked file as an upload names it: a name from the OS may hold a lone UTF-16 surrogate (Windows allows one),
 * which the app refuses in any text, so it is made well-formed here (the broken unit becomes U+FFFD).
 */
export function pickedFileName(file: File): string {
  return file.name.toWellFormed();
}

export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL is the one base64 encoder that never builds the whole file as a JS string of bytes first.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取该文件,请重新选择'));
    reader.readAsDataURL(file);
  });
}

export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}
