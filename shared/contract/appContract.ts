import { read } from './channel';
import { noInput } from '../domain/fieldSchemas';
import { chooseFolderInput } from '../domain/folderChoice';
import type { AppInfo, FontCoverage, AuditCheck } from '../domain/records';

/** The app itself: version and data folder, print fonts, the history check, the folder picker. */
export const appContract = {
  'app.info': read<AppInfo>()(noInput, '软件版本与数据位置', { access: 'public', folder: 'either' }),
  // A department's worker writes handling that is printed too: their forms check the glyphs like the desk's.
  'fonts.coverage': read<FontCoverage>()(noInput, '打印字体能显示的字符范围', { access: 'department', folder: 'either' }),
  'audit.verify': read<AuditCheck>()(noInput, '检查修改记录是否被篡改', { access: 'supervisor', folder: 'either' }),
  'files.chooseFolder': read<string | null>()(chooseFolderInput, '选择文件夹(桌面版的系统对话框)', { folder: 'either' }),
};
