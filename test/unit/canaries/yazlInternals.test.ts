import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * Canary for the yazl internals `ZipOut` (electron/app/archive/zipOut.ts) relies on for backpressure and memory:
 * `outputStreamCursor`, `entries`, an entry's `state` and its `doFileDataPump`, which the app replaces once the
 * entry is written so the entry lets go of its bytes. None of them is in yazl's published API or types.
 */
const version = (createRequire(import.meta.url)('yazl/package.json') as { version: string }).version;
const recheck = (what: string) =>
  `yazl ${version}: ${what}. Re-read yazl's index.js (ZipFile, addBuffer, pumpEntries, Entry) and fix ZipOut.add/drained in electron/app/archive/zipOut.ts, or drop what yazl now does itself.`;

interface Entry {
  state: number;
  doFileDataPump?: () => void;
  utf8FileName: Buffer;
  constructor: { FILE_DATA_DONE?: number };
}
type Zip = yazl.ZipFile & { outputStreamCursor: number; entries: Entry[] };

/** A zip whose output is collected; `read()` is how many bytes have come out so far. */
function collectingZip() {
  const zip = new yazl.ZipFile() as Zip;
  const chunks: Buffer[] = [];
  zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => zip.outputStream.on('end', () => resolve(Buffer.concat(chunks))));
  return { zip, read: () => chunks.reduce((sum, chunk) => sum + chunk.length, 0), ended };
}

/** Polls on the event loop, as ZipOut.add does, with its own limit so a yazl that never finishes an entry says so. */
async function until(what: string, done: () => boolean): Promise<void> {
  for (let turns = 0; !done(); turns += 1) {
    if (turns > 10_000) throw new Error(recheck(`${what} never happened`));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function entriesOf(zip: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const found: Record<string, string> = {};
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            found[entry.fileName] = Buffer.concat(parts).toString('utf8');
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(found));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

describe('yazl internals used by ZipOut', () => {
  it('keeps entries in order in `entries` and counts the bytes handed to its output in `outputStreamCursor`', async () => {
    const { zip, read } = collectingZip();
    expect(zip.outputStreamCursor, recheck('ZipFile no longer starts outputStreamCursor at 0')).toBe(0);
    zip.addBuffer(Buffer.from('first'), 'a.txt', { compress: false });
    zip.addBuffer(Buffer.from('second'), 'b.json', { compress: true });
    expect(zip.entries.map((entry) => entry.utf8FileName.toString()), recheck('addBuffer no longer appends its entry to `entries`')).toEqual(['a.txt', 'b.json']);
    await until('both entries written', () => zip.entries.every((entry) => entry.state >= 3));
    await until('the output read', () => read() === zip.outputStreamCursor);
    expect(zip.outputStreamCursor, recheck('outputStreamCursor no longer counts the bytes written so far')).toBeGreaterThan('firstsecond'.length);
  });

  it('marks an addBuffer entry FILE_DATA_DONE = 3 once its bytes are written, and never pumps it again', async () => {
    const { zip, ended } = collectingZip();
    zip.addBuffer(Buffer.from('pdf bytes'), 'pdf/TS-202611-0001.pdf', { compress: false });
    const entry = zip.entries.at(-1)!;
    expect(entry.constructor.FILE_DATA_DONE, recheck('Entry.FILE_DATA_DONE is no longer 3')).toBe(3);
    await until('the entry reaching FILE_DATA_DONE', () => entry.state === 3);
    // Written, yet still held: the pump's closure keeps the bytes until the zip ends, which is why ZipOut drops it.
    expect(typeof entry.doFileDataPump, recheck("a written entry no longer keeps doFileDataPump (ZipOut's clearing may be unneeded)")).toBe('function');

    // What ZipOut.add does once the entry is written: drop the closure that holds the bytes.
    let calledAgain = false;
    entry.doFileDataPump = () => {
      calledAgain = true;
    };
    zip.addBuffer(Buffer.from('{"ok":true}'), 'manifest.json');
    zip.end();
    const bytes = await ended;
    expect(calledAgain, recheck('yazl pumps an entry again after FILE_DATA_DONE')).toBe(false);
    expect(await entriesOf(bytes), recheck('a zip whose written entry lost its pump is no longer complete')).toEqual({
      'pdf/TS-202611-0001.pdf': 'pdf bytes',
      'manifest.json': '{"ok":true}',
    });
  });
});
