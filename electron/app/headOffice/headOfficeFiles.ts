import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';

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

/** Write the bytes (atomically, before the import's transaction links them: an orphan file is harmless). */
export async function storeHeadOfficeFile(dataDir: string, content: Buffer): Promise<string> {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const file = pathOf(dataDir, sha256);
  if (!existsSync(file)) {
    await mkdir(join(headOfficeFilesDir(dataDir), sha256.slice(0, 2)), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, file);
  }
  return sha256;
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
