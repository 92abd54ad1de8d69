import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';
import type { ImportUpload } from '../../../shared/domain/imports/dataImport';

/**
 * Uploaded files wait under `imports/` in the data folder, named by their SHA-256 (the same file uploaded twice is
 * one file, and a re-import is recognised by it), with the name the user's file had beside them.
 */
const folder = (dataDir: string) => join(dataDir, 'imports');
/** Files nobody imported are removed after a week, when the next file comes. */
const keptDays = 7;

export interface StagedFile {
  path: string;
  fileName: string;
  sha256: string;
}

export async function stageUpload(dataDir: string, fileName: string, content: Buffer): Promise<ImportUpload> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.xls' || extension === '.et' || extension === '.wps') {
    throw new DomainError('rule', `“${fileName}”是旧版表格格式:请在 Excel 或 WPS 中打开,另存为“Excel 工作簿(.xlsx)”后再导入`);
  }
  if (extension !== '.xlsx' && extension !== '.csv') throw new DomainError('rule', `只能导入 Excel 工作簿(.xlsx)或 CSV 文件,“${fileName}”不是`);
  if (extension === '.xlsx' && content.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new DomainError('rule', `“${fileName}”不是有效的 .xlsx 文件(可能只是改了扩展名):请在 Excel 中另存为 .xlsx`);
  }
  if (extension === '.csv' && content.includes(0)) throw new DomainError('rule', `“${fileName}”不是文本格式的 CSV 文件`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const fileId = `${sha256}${extension}`;
  const dir = folder(dataDir);
  await mkdir(dir, { recursive: true });
  await removeStale(dir);
  const path = join(dir, fileId);
  if (!existsSync(path)) {
    await writeFile(`${path}.partial`, content);
    await rename(`${path}.partial`, path);
  }
  await writeFile(`${path}.name`, fileName);
  return { fileId, fileName, size: content.length };
}

export async function stagedFile(dataDir: string, fileId: string): Promise<StagedFile> {
  const path = join(folder(dataDir), fileId);
  if (!existsSync(path)) throw new DomainError('not_found', '上传的文件已失效(超过 7 天),请重新选择文件');
  const fileName = await readFile(`${path}.name`, 'utf8').catch(() => fileId);
  return { path, fileName, sha256: fileId.slice(0, 64) };
}

async function removeStale(dir: string): Promise<void> {
  const cutoff = Date.now() - keptDays * 86_400_000;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < cutoff) await rm(path, { force: true });
  }
}
