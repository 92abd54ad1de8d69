import { read } from '../../contract/channel';
import { job } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import { archivePlanInput, type ArchivePlan } from './archivePlan';
import { type ArchiveJob, archiveExportInput, archiveJobInput, type ArchiveVerification, archiveFileInput } from './archive';

/** Monthly archives for head office. */
export const archiveContract = {
  'archive.plan': read<ArchivePlan>()(archivePlanInput, '导出归档或月结之前：期间的记录数、未办结事项、是否已月结、已有的归档', { access: 'supervisor' }),
  'archive.export': job<ArchiveJob>()(archiveExportInput, '导出归档(给总部)', { access: 'supervisor' }),
  'archive.job': read<ArchiveJob>()(archiveJobInput, '归档导出进度', { access: 'supervisor', passive: true }),
  'archive.cancel': read<ArchiveJob>()(archiveJobInput, '取消导出归档', { access: 'supervisor' }),
  'archive.keyFingerprint': read<string | null>()(noInput, '本管理处归档签名密钥的指纹(总部第一次导入时电话核对)', { access: 'supervisor' }),
  'archive.verify': read<ArchiveVerification>()(archiveFileInput, '核对归档文件是否完整', { access: 'supervisor', folder: 'either' }),
};
