import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import yazl from 'yazl';

/** A fixed entry time: the archive's content, not the moment of zipping, decides its bytes. */
const entryTime = new Date(Date.UTC(2000, 0, 1));
/** How many bytes may wait between the zip and the disk before the next entry is held back. */
const inFlightLimit = 4 * 2 ** 20;

const compressed = (path: string) => !/\.(pdf|jpg|png|xlsx)$/i.test(path);

/**
 * yazl's insides that backpressure needs (not in its published types): the count of bytes it has handed to its
 * output stream, and its entries, whose `doFileDataPump` closure holds a buffer's bytes until the zip ends.
 */
interface YazlEntry {
  state: number;
  doFileDataPump: () => void;
}
type CountingZip = yazl.ZipFile & { outputStreamCursor: number; entries: YazlEntry[] };
const fileDataDone = 3;

/** Bytes passing through are hashed and counted on their way into the zip. */
class Hashing extends Transform {
  private readonly hash: Hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** An entry written piece by piece (a ledger's NDJSON): `write` waits while the zip is behind; `end` when it is written. */
export interface ZipEntryWriter {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

/**
 * A zip written to a temporary file, hashing every entry as it goes. Entries go in one at a time and each `add`
 * waits until the zip has caught up with the disk (backpressure), so what is held in memory is one entry, not the
 * archive. `finish` flushes it to the disk; `discard` removes it. A write error (full disk, stick pulled out) is
 * kept and thrown from the next call.
 */
export class ZipOut {
  readonly files: Record<string, { sha256: string; size: number }> = {};
  private readonly zip = new yazl.ZipFile() as CountingZip;
  private readonly stream: WriteStream;
  private failure: unknown = null;
  private readonly closed: Promise<void>;
  private readonly failed: Promise<never>;

  private constructor(readonly tempFile: string) {
    this.stream = createWriteStream(tempFile, { flags: 'wx' });
    let fail: (error: unknown) => void = () => {};
    this.failed = new Promise<never>((_resolve, reject) => (fail = reject));
    this.failed.catch(() => {});
    const onError = (error: unknown) => {
      this.failure ??= error;
      fail(error);
    };
    this.stream.on('error', onError);
    this.zip.on('error', onError);
    this.zip.outputStream.on('error', onError);
    this.zip.outputStream.pipe(this.stream);
    this.closed = new Promise((resolve) => this.stream.on('close', () => resolve()));
  }

  /** Resolves once the file exists, so an unwritable folder is reported before any work is done. */
  static async create(tempFile: string): Promise<ZipOut> {
    const out = new ZipOut(tempFile);
    await once(out.stream, 'open');
    return out;
  }

  /** One whole entry (a PDF, a scan, the manifest); resolves when the zip may take the next. */
  async add(path: string, content: Buffer, options: { hashed?: boolean } = {}): Promise<void> {
    this.throwIfFailed();
    if (options.hashed !== false) this.files[path] = { sha256: createHash('sha256').update(content).digest('hex'), size: content.length };
    this.zip.addBuffer(content, path, { mtime: entryTime, compress: compressed(path) });
    const entry = this.zip.entries.at(-1)!;
    while (entry.state < fileDataDone) {
      this.throwIfFailed();
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Written out: let go of its bytes (yazl would keep them, through the entry, until the end of the zip).
    entry.doFileDataPump = () => {};
    await this.drained();
  }

  /** An entry from a file on the disk (the spooled workbook), streamed and hashed on the way. */
  async addFile(path: string, file: string): Promise<void> {
    this.throwIfFailed();
    const hashing = new Hashing();
    const source = createReadStream(file);
    source.on('error', (error) => hashing.destroy(error));
    hashing.on('error', (error) => this.zip.emit('error', error));
    this.zip.addReadStream(source.pipe(hashing), path, { mtime: entryTime, compress: compressed(path) });
    await Promise.race([once(hashing, 'end'), this.failed]);
    this.files[path] = { sha256: hashing.digest(), size: hashing.size };
    await this.drained();
  }

  /** An entry written as it is made; nothing else may be added until its `end`. */
  entry(path: string): ZipEntryWriter {
    this.throwIfFailed();
    const hashing = new Hashing();
    const source = new PassThrough();
    this.zip.addReadStream(source.pipe(hashing), path, { mtime: entryTime, compress: compressed(path) });
    return {
      write: async (text) => {
        this.throwIfFailed();
        if (!source.write(text, 'utf8')) await Promise.race([once(source, 'drain'), this.failed]);
      },
      end: async () => {
        source.end();
        await Promise.race([once(hashing, 'end'), this.failed]);
        this.files[path] = { sha256: hashing.digest(), size: hashing.size };
        await this.drained();
      },
    };
  }

  async finish(): Promise<void> {
    this.throwIfFailed();
    this.zip.end();
    await Promise.race([this.closed, this.failed]);
    this.throwIfFailed();
    // On the disk before the rename makes it visible under its real name.
    const handle = await open(this.tempFile, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async discard(): Promise<void> {
    this.zip.outputStream.unpipe(this.stream);
    this.stream.destroy();
    await this.closed;
    await unlink(this.tempFile).catch(() => {});
  }

  /** Wait while more than `inFlightLimit` bytes sit between yazl and the file. */
  private async drained(): Promise<void> {
    while (this.zip.outputStreamCursor - this.stream.bytesWritten > inFlightLimit) {
      this.throwIfFailed();
      if (this.stream.writableNeedDrain) await Promise.race([once(this.stream, 'drain'), this.failed]);
      else await new Promise((resolve) => setImmediate(resolve));
    }
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
