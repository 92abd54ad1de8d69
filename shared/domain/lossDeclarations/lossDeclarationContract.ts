import { job, read, write } from '../../contract/channel';
import { byId } from '../fieldSchemas';
import type { PrintedForm, Page } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import type { LossDeclarationRecord, LossDeclarationListItem, LossDeclarationDetail, RevealedIdNumber } from './lossDeclarationRecords';
import { lossDeclarationIntake, lossDeclarationListInput, lossRevealInput, lossAttachmentUpload, lossStubInput, lossOutcomeInput, lossVoidInput, lossPrintInput, lossDeclarationExportInput } from './lossDeclarationSchemas';

/** Receipt and invoice loss declarations (YS-…). */
export const lossDeclarationContract = {
  'lossDeclarations.create': write<LossDeclarationRecord>()(lossDeclarationIntake, '登记收据、发票遗失声明'),
  'lossDeclarations.list': read<Page<LossDeclarationListItem>>()(lossDeclarationListInput, '遗失声明列表'),
  'lossDeclarations.get': read<LossDeclarationDetail>()(byId, '遗失声明详情'),
  'lossDeclarations.revealId': write<RevealedIdNumber>()(lossRevealInput, '查看完整身份证号(记入修改记录)'),
  'lossDeclarations.attach': write<LossDeclarationRecord>()(lossAttachmentUpload, '上传身份证等附件'),
  'lossDeclarations.recordStub': write<LossDeclarationRecord>()(lossStubInput, '财务找到记账联'),
  'lossDeclarations.decideOutcome': write<LossDeclarationRecord>()(lossOutcomeInput, '挂失期满办结'),
  'lossDeclarations.void': write<LossDeclarationRecord>()(lossVoidInput, '作废遗失声明', { access: 'supervisor' }),
  'lossDeclarations.print': write<PrintedForm>()(lossPrintInput, '打印遗失声明'),
  'lossDeclarations.export': job<ExportedFile>()(lossDeclarationExportInput, '遗失声明导出 Excel'),
};
