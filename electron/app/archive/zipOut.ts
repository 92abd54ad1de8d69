import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import yazl from 'yazl';

/** A fixed entry time: the archive's content, not the moment of zipping, decides its bytes. */
const entryTime = new Date(Date.UTC(2000, 0, 1));

/**
 * A zip written to a temporary file, hashing every entry as it goes. `finish` flushes it to the disk; `discard`
 * removes it. A write error (full disk, stick pulled out) is kept and thrown from the next call.
 */
export class ZipOut {
  readonly files: Record<string, { sha256: string; size: number }> = {};
  private readonly zip = new yazl.ZipFile();
  private readonly stream: WriteStream;
  private failure: unknown = null;
  private readonly closed: Promise<void>;

  private constructor(readonly tempFile: string) {
    this.stream = createWriteStream(tempFile, { flags: 'wx' });
    this.stream.on('error', (error) => (this.failure ??= error));
    this.zip.outputStream.on('error', (error: Error) => (this.failure ??= error));
    this.zip.outputStream.pipe(this.stream);
    this.closed = new Promise((resolve) => this.stream.on('close', () => resolve()));
  }

  /** Resolves once the file exists, so an unwritable folder is reported before any work is done. */
  static async create(tempFile: string): Promise<ZipOut> {
    const out = new ZipOut(tempFile);
    await once(out.stream, 'open');
    return out;
  }

  add(path: string, content: Buffer, options: { hashed?: boolean } = {}): void {
    this.throwIfFailed();
    if (options.hashed !== false) this.files[path] = { sha256: createHash('sha256').update(content).digest('hex'), size: content.length };
    this.zip.addBuffer(content, path, { mtime: entryTime, compress: !/\.(pdf|jpg|png|xlsx)$/i.test(path) });
  }

  async finish(): Promise<void> {
    this.throwIfFailed();
    this.zip.end();
    await this.closed;
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

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
