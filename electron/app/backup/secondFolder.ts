import { randomBytes } from 'node:crypto';
import { stat, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';
import { fileErrorReason } from '../archive/fileErrors';
import { backupsDir } from './backupService';

/**
 * The second backup folder is checked when it is chosen, by writing and removing a small file: a folder that
 * cannot take a backup should be refused at the desk, not discovered at the next morning's backup.
 */
export async function checkSecondFolder(folder: string, dataDir: string): Promise<void> {
  const refuse = (reason: string) => new DomainError('rule', `备份的第二位置不能使用:${reason}。位置:${folder}`, 'secondFolder');
  if (!isAbsolute(folder)) throw refuse('请填写完整路径,例如 D:\\台账备份 或 /media/usb/台账备份');
  if (resolve(folder) === resolve(backupsDir(dataDir))) throw refuse('它就是数据文件夹里的备份目录,第二份应放在另一块磁盘或U盘上');
  const found = await stat(folder).catch((error: unknown) => {
    throw refuse(fileErrorReason(error));
  });
  if (!found.isDirectory()) throw refuse('这不是一个文件夹');
  const probe = join(folder, `.taizhang-probe-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, 'taizhang');
  } catch (error) {
    throw refuse(fileErrorReason(error));
  } finally {
    await unlink(probe).catch(() => {});
  }
}
