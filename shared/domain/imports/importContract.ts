import { job, read } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { ExportedFile } from '../statistics/statistics';
import {
  importCheckInput,
  importJobInput,
  importKindInput,
  importOpenInput,
  importUploadInput,
  type ImportFileInfo,
  type ImportJob,
  type ImportKindInfo,
  type ImportUpload,
} from './dataImport';

/** Old ledgers brought in from Excel or CSV (supervisors and managers: an import writes many records at once). */
export const importContract = {
  'imports.kinds': read<ImportKindInfo[]>()(noInput, '可导入的台账及其各列', { access: 'supervisor' }),
  'imports.template': read<ExportedFile>()(importKindInput, '下载导入模板', { access: 'supervisor' }),
  'imports.upload': job<ImportUpload>()(importUploadInput, '上传要导入的 Excel 或 CSV 文件', { access: 'supervisor' }),
  'imports.open': job<ImportFileInfo>()(importOpenInput, '读取文件的表头并对应各列', { access: 'supervisor' }),
  'imports.check': job<ImportJob>()(importCheckInput, '试导入:逐行检查,不写入(后台进行,可取消)', { access: 'supervisor' }),
  'imports.run': job<ImportJob>()(importJobInput, '正式导入试导入通过的文件(后台进行,可取消)', { access: 'supervisor' }),
  'imports.job': read<ImportJob>()(importJobInput, '导入进度', { access: 'supervisor', passive: true }),
  'imports.cancel': read<ImportJob>()(importJobInput, '取消导入', { access: 'supervisor' }),
  'imports.report': read<ExportedFile>()(importJobInput, '下载逐行检查结果(Excel,含问题说明列)', { access: 'supervisor' }),
};
