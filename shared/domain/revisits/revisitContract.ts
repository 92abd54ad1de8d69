import { job, read, write } from '../../contract/channel';
import { noInput, byId } from '../fieldSchemas';
import type { PrintedForm } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import type { RevisitWindows } from './revisit';
import type { RevisitQueue, RevisitDetail } from './revisitRecords';
import { revisitSubjectInput, revisitPlanInput, revisitAttemptInput, revisitRecordInput, revisitWindowsInput, revisitQueueExportInput, revisitQueueInput } from './revisitSchemas';

/** Revisits (HF-…) of finished complaints and repairs. */
export const revisitContract = {
  'revisits.queue': read<RevisitQueue>()(revisitQueueInput, '回访队列', { passive: true }),
  'revisits.get': read<RevisitDetail>()(byId, '回访详情'),
  'revisits.start': write<RevisitDetail>()(revisitSubjectInput, '开始回访已完成的投诉或报修'),
  'revisits.plan': write<RevisitDetail>()(revisitPlanInput, '手工计划回访'),
  'revisits.logAttempt': write<RevisitDetail>()(revisitAttemptInput, '登记未联系上的回访'),
  'revisits.record': write<RevisitDetail>()(revisitRecordInput, '登记回访结果'),
  'revisits.print': read<PrintedForm>()(byId, '打印回访记录表'),
  'revisits.windows': read<RevisitWindows>()(noInput, '回访时间窗口'),
  'revisits.saveWindows': write<RevisitWindows>()(revisitWindowsInput, '保存回访时间窗口', { access: 'supervisor' }),
  'revisits.exportQueue': job<ExportedFile>()(revisitQueueExportInput, '回访队列导出 Excel'),
};
