import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, realpath, rename } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';
import type { StagedFile } from '../archive/archiveVerify';

/**
 * Head office keeps every PDF and attachment the archives carried, once per content, named by its SHA-256 under
 * the data folder (headOffice/files/ab/abcdef…). The name never comes from the archive, so no file can land
 * outside the folder whatever the archive says.
 */
export function headOfficeFilesDir(dataDir: string): string {
  return join(dataDir, 'headOffice', 'files');
}

const sha256Pattern = /^[0-9a-f]{64}$/;
const pathOf = (dataDir: string, sha256: string) => join(headOfficeFilesDir(dataDir), sha256.slice(0, 2), sha256);

/**
 * Move a file staged from an archive into the store under its hash (computed while it was read); a content the
 * store already holds stays as it was. Answers what it is, by its first bytes.
 */
export async function storeStagedFile(dataDir: string, staged: StagedFile): Promise<{ sha256: string; size: number; mime: string }> {
  const file = pathOf(dataDir, staged.sha256);
  const stored = existsSync(file);
  if (!stored) {
    await mkdir(join(headOfficeFilesDir(dataDir), staged.sha256.slice(0, 2)), { recursive: true });
    await rename(staged.file, file);
  }
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return { sha256: staged.sha256, size: staged.size, mime: sniffStoredMime(buffer.subarray(0, bytesRead)) };
  } finally {
    await handle.close();
  }
}

/** The stored bytes of `sha256`, read only from inside the folder and only when they still hash to it. */
export async function readHeadOfficeFile(dataDir: string, sha256: string): Promise<Buffer> {
  if (!sha256Pattern.test(sha256)) throw new DomainError('rule', '文件标识无效');
  let real: string;
  try {
    real = await realpath(pathOf(dataDir, sha256));
  } catch {
    throw new DomainError('not_found', '该文件不在总部数据文件夹中(可能已被删除或移走)');
  }
  const inside = relative(await realpath(headOfficeFilesDir(dataDir)), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new DomainError('rule', '该文件位置不在数据文件夹内,已拒绝');
  const content = await readFile(real);
  if (createHash('sha256').update(content).digest('hex') !== sha256) throw new DomainError('conflict', '文件已损坏或被改动,与导入时的内容不一致');
  return content;
}

/** What a stored file is, by its first bytes (PDF, JPG, PNG), for viewing; anything else downloads as bytes. */
export function sniffStoredMime(content: Buffer): string {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return 'application/octet-stream';
}
