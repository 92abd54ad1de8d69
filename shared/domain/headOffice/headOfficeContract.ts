import { read } from '../../contract/channel';
import { job } from '../../contract/channel';
import { archiveImportInput, archiveJobInput } from '../archive/archive';
import { noInput } from '../fieldSchemas';
import type { KeysetPage } from '../records';
import { type HeadOfficeImportResult, type HeadOfficeImportJob, type HeadOfficeOffice, type HeadOfficeRecord, headOfficeListInput, type HeadOfficeRecordDetail, headOfficeRecordInput, type HeadOfficeFileContent, headOfficeFileInput, type HeadOfficeStatistics, headOfficeStatisticsInput, headOfficeStoreInput, type HeadOfficeStoreInfo, headOfficeStoreTestInput, type HeadOfficeStoreTest } from './headOffice';

/** Head office: archives imported from many offices, read-only. */
export const headOfficeContract = {
  'headOffice.import': job<HeadOfficeImportResult[]>()(archiveImportInput, '总部:导入各管理处的归档', { access: 'manager', folder: 'headOffice' }),
  'headOffice.startImport': job<HeadOfficeImportJob>()(archiveImportInput, '总部:开始导入归档(后台进行,可取消)', { access: 'manager', folder: 'headOffice' }),
  'headOffice.importJob': read<HeadOfficeImportJob>()(archiveJobInput, '总部:导入归档进度', { access: 'manager', passive: true, folder: 'headOffice' }),
  'headOffice.cancelImport': read<HeadOfficeImportJob>()(archiveJobInput, '总部:取消导入归档', { access: 'manager', folder: 'headOffice' }),
  'headOffice.offices': read<HeadOfficeOffice[]>()(noInput, '总部:已导入的管理处', { access: 'supervisor', folder: 'headOffice' }),
  'headOffice.records': read<KeysetPage<HeadOfficeRecord>>()(headOfficeListInput, '总部:各管理处的记录(只读)', { access: 'supervisor', folder: 'headOffice' }),
  'headOffice.record': read<HeadOfficeRecordDetail>()(headOfficeRecordInput, '总部:一条记录的内容、修改记录与各版本(只读)', { access: 'supervisor', folder: 'headOffice' }),
  'headOffice.file': read<HeadOfficeFileContent>()(headOfficeFileInput, '总部:查看记录的打印件或附件', { access: 'supervisor', folder: 'headOffice' }),
  'headOffice.storeInfo': read<HeadOfficeStoreInfo>()(noInput, '总部:记录存放在哪里(SQLite 或 PostgreSQL)', { access: 'supervisor', folder: 'headOffice' }),
  // Writes nothing: it only connects to the server and asks its version.
  'headOffice.testStore': read<HeadOfficeStoreTest>()(headOfficeStoreTestInput, '总部:测试 PostgreSQL 连接(不保存)', { access: 'manager', folder: 'headOffice' }),
  // A job: it tests the connection and writes a setting file, never the app's database.
  'headOffice.setStore': job<HeadOfficeStoreInfo>()(headOfficeStoreInput, '总部:选择记录存放处(先测试连接再保存)', { access: 'manager', folder: 'headOffice' }),
  'headOffice.statistics': read<HeadOfficeStatistics>()(headOfficeStatisticsInput, '总部:各管理处统计并列对比', { access: 'supervisor', folder: 'headOffice' }),
};
