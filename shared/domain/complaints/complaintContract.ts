import { job, read, write } from '../../contract/channel';
import { byId } from '../fieldSchemas';
import type { KeysetPage, PrintedForm } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import type { WorkOrder } from '../workOrders/workOrder';
import type { AttachmentContent, CapaReport } from './complaintParts';
import type { ComplaintRecord, ComplaintListItem, ComplaintDetail } from './complaintRecords';
import { complaintIntake, complaintListInput, complaintExportInput } from './complaintSchemas';
import { complaintEditInput, dispatchInput, handlingInput, reviewInput, revisitInput, archiveInput, reasonInput, replyInput, disputeInput, disputeDecisionInput, extensionRequestInput, extensionDecisionInput, attachmentUpload, capaRequestInput, capaSubmitInput } from './complaintStepSchemas';

/** The complaint ledger (TS-…) with its process, CAPA reports (JZ-…) and signed scans. */
export const complaintContract = {
  'complaints.create': write<ComplaintRecord>()(complaintIntake, '登记业主投诉'),
  'complaints.list': read<KeysetPage<ComplaintListItem>>()(complaintListInput, '投诉列表'),
  'complaints.get': read<ComplaintDetail>()(byId, '投诉详情'),
  'complaints.print': write<PrintedForm>()(byId, '打印业主投诉处理记录表'),
  'complaints.edit': write<ComplaintRecord>()(complaintEditInput, '更正投诉登记内容'),
  'complaints.dispatch': write<WorkOrder>()(dispatchInput, '派工'),
  'complaints.recordHandling': write<ComplaintRecord>()(handlingInput, '登记调查处理结果', { access: 'department' }),
  'complaints.review': write<ComplaintRecord>()(reviewInput, '审核批示', { access: 'supervisor' }),
  'complaints.revisit': write<ComplaintRecord>()(revisitInput, '登记回访'),
  'complaints.archive': write<ComplaintRecord>()(archiveInput, '归档'),
  'complaints.reply': write<ComplaintRecord>()(replyInput, '答复业主(无效投诉)'),
  // A department's own staff may record its dispute (the desk checks it is the department of the open order).
  'complaints.dispute': write<ComplaintRecord>()(disputeInput, '部门提出异议', { access: 'department' }),
  'complaints.decideDispute': write<ComplaintRecord>()(disputeDecisionInput, '裁决部门异议', { access: 'supervisor' }),
  'complaints.void': write<ComplaintRecord>()(reasonInput, '作废投诉', { access: 'supervisor' }),
  'complaints.requestExtension': write<ComplaintRecord>()(extensionRequestInput, '申请延期'),
  'complaints.decideExtension': write<ComplaintRecord>()(extensionDecisionInput, '审批延期', { access: 'supervisor' }),
  'complaints.attachSignedScan': write<ComplaintRecord>()(attachmentUpload, '上传签字扫描件'),
  'complaints.waiveSignedScan': write<ComplaintRecord>()(reasonInput, '免交签字件', { access: 'supervisor' }),
  'complaints.requestCapa': write<ComplaintRecord>()(capaRequestInput, '要求纠正/预防措施报告', { access: 'supervisor' }),
  'attachments.get': read<AttachmentContent>()(byId, '查看附件'),
  'capa.submit': write<CapaReport>()(capaSubmitInput, '提交纠正/预防措施报告'),
  'capa.print': read<PrintedForm>()(byId, '打印纠正/预防措施报告'),
  'complaints.export': job<ExportedFile>()(complaintExportInput, '投诉台账导出 Excel'),
};
