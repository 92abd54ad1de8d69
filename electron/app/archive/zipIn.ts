import yauzl from 'yauzl';

export interface ZipContents {
  /** Every entry's bytes by path; a path stored twice is listed in `duplicates`. */
  entries: Map<string, Buffer>;
  duplicates: string[];
  /** Entries whose bytes could not be read (corrupt compressed data), with the reason. */
  broken: Map<string, string>;
}

/** Read a whole zip. Rejects when the file is not a readable zip at all (no central directory, truncated…). */
export function readZip(file: string): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('无法打开'));
      const contents: ZipContents = { entries: new Map(), duplicates: [], broken: new Map() };
      zip.on('error', (error: Error) => reject(error));
      zip.on('end', () => resolve(contents));
      zip.on('entry', (entry: yauzl.Entry) => {
        const path = entry.fileName;
        if (path.endsWith('/')) return zip.readEntry();
        if (contents.entries.has(path) || contents.broken.has(path)) contents.duplicates.push(path);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            contents.broken.set(path, streamError?.message ?? '无法读取');
            return zip.readEntry();
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (error: Error) => {
            contents.broken.set(path, error.message);
            zip.readEntry();
          });
          stream.on('end', () => {
            contents.entries.set(path, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
