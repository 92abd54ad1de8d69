import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { attachmentId } from './attachmentRepository';

/** What a scan or photo may be, recognised by its first bytes rather than by its name. */
const signatures: { mime: string; magic: number[] }[] = [
  { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];
export const maxAttachmentBytes = 20 * 1024 * 1024;

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments');
}

/** Stored by content hash: the same scan uploaded twice is kept once, and a file's name can never collide. */
function pathOf(dataDir: string, sha256: string): string {
  return join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

export function sniffMime(content: Buffer): string | null {
  return signatures.find(({ magic }) => magic.every((byte, index) => content[index] === byte))?.mime ?? null;
}

/**
 * Write the file (atomically, before the row that links it is written: an orphan file is harmless, a link to a
 * missing file is not) and answer its row in `attachments`, creating it when new.
 */
export async function storeAttachment(db: Kysely<Database>, dataDir: string, content: Buffer, now: string): Promise<{ id: number; sha256: string; mime: string }> {
  if (content.length === 0) throw new DomainError('rule', '文件是空的', 'contentBase64');
  if (content.length > maxAttachmentBytes) throw new DomainError('rule', '文件不能超过 20 MB', 'contentBase64');
  const mime = sniffMime(content);
  if (!mime) throw new DomainError('rule', '只能上传 PDF、JPG 或 PNG 文件', 'contentBase64');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const file = pathOf(dataDir, sha256);
  if (!existsSync(file)) {
    await mkdir(join(attachmentsDir(dataDir), sha256.slice(0, 2)), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, file);
  }
  const id = await attachmentId(db, { sha256, size: content.length, mime, created_at: now });
  return { id, sha256, mime };
}

/**
 * The stored file of `sha256`, refused unless it really lies inside the data folder's attachments: a hash that is
 * not a hash ('../../etc/passwd') or a file swapped for a link pointing elsewhere is never read.
 */
export async function attachmentFile(dataDir: string, sha256: string): Promise<string> {
  const outside = () => new DomainError('rule', '附件只能从本程序的数据文件夹读取,该文件位置不在数据文件夹内,已拒绝');
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw outside();
  const file = pathOf(dataDir, sha256);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    throw new DomainError('not_found', '附件文件不在数据文件夹中(可能已被删除或移走)');
  }
  const inside = relative(await realpath(attachmentsDir(dataDir)), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw outside();
  return real;
}

export async function readAttachment(dataDir: string, sha256: string): Promise<Buffer> {
  const content = await readFile(await attachmentFile(dataDir, sha256));
  // A file changed on disk is reported, not served as if it were the original.
  if (createHash('sha256').update(content).digest('hex') !== sha256) {
    throw new DomainError('conflict', '附件文件已损坏或被改动,与登记时的内容不一致');
  }
  return content;
}
