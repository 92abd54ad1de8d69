import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipContents {
  /** Every entry's bytes by path; a path stored twice is listed in `duplicates`. */
  entries: Map<string, Buffer>;
  duplicates: string[];
  /** Entries whose bytes could not be read (corrupt compressed data), with the reason. */
  broken: Map<string, string>;
  /** Entries not read because they are larger, or deflate more, than the limits allow, with the reason. */
  oversized: Map<string, string>;
}

/**
 * Go through a zip one entry at a time, handing each file's bytes to `visit` as a stream; the next entry is
 * opened once `visit` has read it, so nothing but the entry being read is in memory. Entries `last` names are
 * visited after all the others, whatever their place in the zip (the archive's chain, checked against the records
 * read before it). Rejects when the file is not a readable zip at all (no central directory, truncated…). An entry
 * whose bytes cannot be read (corrupt compressed data) is listed in `broken` with the reason; `visit` may have
 * seen part of it.
 */
export function scanZip(
  file: string,
  visit: (path: string, stream: Readable) => Promise<void>,
  limits: { entries: number; admit: (path: string, size: number, compressedSize: number) => string | null } | null = null,
  last: (path: string) => boolean = () => false,
): Promise<Omit<ZipContents, 'entries'>> {
  return new Promise((resolve, reject) => {
    // Closed here once every entry, the deferred ones too, has been read.
    yauzl.open(file, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, autoClose: false }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('无法打开'));
      const fail = (error: unknown) => {
        zip.close();
        reject(error);
      };
      if (limits && zip.entryCount > limits.entries) return fail(new Error(`归档中有 ${zip.entryCount} 个文件,超过 ${limits.entries} 个的上限`));
      const seen = new Set<string>();
      const deferred: yauzl.Entry[] = [];
      const contents: Omit<ZipContents, 'entries'> = { duplicates: [], broken: new Map(), oversized: new Map() };
      const read = (entry: yauzl.Entry, next: () => void) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            contents.broken.set(entry.fileName, streamError?.message ?? '无法读取');
            return next();
          }
          visit(entry.fileName, stream).then(next, (error: unknown) => {
            contents.broken.set(entry.fileName, error instanceof Error ? error.message : String(error));
            stream.destroy();
            next();
          });
        });
      };
      const readDeferred = () => {
        const entry = deferred.shift();
        if (entry) return read(entry, readDeferred);
        zip.close();
        resolve(contents);
      };
      zip.on('error', fail);
      zip.on('end', readDeferred);
      zip.on('entry', (entry: yauzl.Entry) => {
        const path = entry.fileName;
        if (path.endsWith('/')) return zip.readEntry();
        if (seen.has(path)) contents.duplicates.push(path);
        seen.add(path);
        // Too large by the zip's own directory: never read (validateEntrySizes holds the entry to what it declares).
        const refused = limits?.admit(path, entry.uncompressedSize, entry.compressedSize);
        if (refused) {
          contents.oversized.set(path, refused);
          return zip.readEntry();
        }
        if (last(path)) {
          deferred.push(entry);
          return zip.readEntry();
        }
        read(entry, () => zip.readEntry());
      });
      zip.readEntry();
    });
  });
}

/** Read a whole zip into memory (tests, small archives). */
export async function readZip(file: string): Promise<ZipContents> {
  const entries = new Map<string, Buffer>();
  const { duplicates, broken, oversized } = await scanZip(file, async (path, stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    entries.set(path, Buffer.concat(chunks));
  });
  for (const path of broken.keys()) entries.delete(path);
  return { entries, duplicates, broken, oversized };
}
