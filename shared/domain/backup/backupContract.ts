import { read, write } from '../../contract/channel';
import { job } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import { type BackupStatus, type StartCheckStatus, backupSettingsInput, backupFileInput } from './backup';

/** Backups and restore. */
export const backupContract = {
  'backup.status': read<BackupStatus>()(noInput, '备份情况', { access: 'supervisor', folder: 'either' }),
  // Before sign-in too: the window shows 正在检查数据文件… (or the failure) from the first screen.
  'backup.startCheck': read<StartCheckStatus>()(noInput, '数据文件完整性检查', { access: 'public', passive: true, folder: 'either' }),
  'backup.now': job<BackupStatus>()(noInput, '立即备份', { access: 'supervisor', folder: 'either' }),
  'backup.saveSettings': write<BackupStatus>()(backupSettingsInput, '保存备份设置', { access: 'supervisor', folder: 'either' }),
  'backup.restore': write<BackupStatus>()(backupFileInput, '恢复到某个备份(下次启动时执行)', { access: 'manager', folder: 'either', beforeCheck: true }),
  'backup.cancelRestore': write<BackupStatus>()(noInput, '取消待执行的恢复', { access: 'manager', folder: 'either', beforeCheck: true }),
};
