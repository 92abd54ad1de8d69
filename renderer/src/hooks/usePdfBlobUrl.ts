import { useBlobUrl } from './useBlobUrl';

/** A blob: URL for a base64 PDF, revoked as soon as the PDF is dropped or the component goes away. */
export function usePdfBlobUrl(pdfBase64: string | undefined): string | undefined {
  return useBlobUrl(pdfBase64, 'application/pdf');
}
