import { job, read, write } from '../../contract/channel';
import { byId } from '../fieldSchemas';
import type { PrintedForm, Page } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import { type CallRecord, callCreateInput, callListInput, callAnswerInput, callToRepairInput, callToComplaintInput, linkedCallsInput, callDayInput, callExportInput } from './call';

/** The call log (LD-…): calls answered or turned into a repair or a complaint. */
export const callContract = {
  'calls.create': write<CallRecord>()(callCreateInput, '登记来电'),
  'calls.list': read<Page<CallRecord>>()(callListInput, '来电记录列表'),
  'calls.get': read<CallRecord>()(byId, '来电详情'),
  'calls.answer': write<CallRecord>()(callAnswerInput, '来电咨询已答复'),
  'calls.toRepair': write<CallRecord>()(callToRepairInput, '来电转报修'),
  'calls.toComplaint': write<CallRecord>()(callToComplaintInput, '来电转投诉'),
  'calls.linked': read<CallRecord[]>()(linkedCallsInput, '投诉或报修的来电'),
  'calls.printDay': read<PrintedForm>()(callDayInput, '打印当日客户来电记录表'),
  'calls.export': job<ExportedFile>()(callExportInput, '来电记录导出 Excel'),
};
