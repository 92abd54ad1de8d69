import type { Dialog } from 'electron';
import type { App as TaizhangApp } from '../app/openApp';
import { databaseFileName } from '../app/openApp';
import { join } from 'node:path';
import { DamagedDatabaseError } from '../app/backup/backupService';
import { restoreBackup } from '../app/backup/restore';
import { localIsoTime } from '../../shared/domain/officeDate';

/**
 * A database that fails its check at start: say so plainly and offer the newest good backup. Restoring keeps
 * the damaged file aside (backups/replaced) and opens again; declining leaves everything as it is.
 */
export async function openOrOfferRestore(open: () => Promise<TaizhangApp>, dialog: Pick<Dialog, 'showMessageBox'>, dataDir: string): Promise<TaizhangApp> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError) || !error.newestGood) throw error;
    const backup = error.newestGood;
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: '数据文件已损坏',
      message: '数据文件已损坏,无法安全打开。',
      detail:
        `${error.message}\n\n恢复后,备份之后录入的内容需要重新登记;损坏的文件会另存到 backups/replaced,不会删除。\n数据位置:${dataDir}`,
      buttons: [`恢复到 ${backup.takenAt.replace('T', ' ')} 的备份`, '退出'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) throw error;
    await restoreBackup(dataDir, join(dataDir, databaseFileName), backup.fileName, localIsoTime());
    return open();
  }
}
