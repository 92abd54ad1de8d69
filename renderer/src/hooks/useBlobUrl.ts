import { useEffect, useState } from 'react';
import { decodeBase64 } from '../forms/fileContent';

/** A blob: URL for base64 content, revoked as soon as the content is dropped or the component goes away. */
export function useBlobUrl(base64: string | undefined, mime: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!base64) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(new Blob([decodeBase64(base64)], { type: mime }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [base64, mime]);
  return url;
}
