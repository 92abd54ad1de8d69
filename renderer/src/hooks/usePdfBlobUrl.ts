import { useEffect, useState } from 'react';

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A blob: URL for a base64 PDF, revoked as soon as the PDF is dropped or the component goes away. */
export function usePdfBlobUrl(pdfBase64: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!pdfBase64) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(new Blob([decodeBase64(pdfBase64)], { type: 'application/pdf' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [pdfBase64]);
  return url;
}
