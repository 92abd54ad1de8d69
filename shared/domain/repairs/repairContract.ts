import { job, read, write } from '../../contract/channel';
import { reasonInput } from '../complaints/complaintStepSchemas';
import { byId, noInput } from '../fieldSchemas';
import type { PrintedForm, Page } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import type { RepairTimerSettings } from './repair';
import type { RepairRecord, RepairListItem, RepairDetail, RepairDesk } from './repairRecords';
import { repairIntake, repairListInput, repairDispatchInput, repairAgreeTimeInput, repairCompleteInput, repairOverrunInput, repairTimersInput, repairExportInput } from './repairSchemas';

/** The repair ledger (BX-…) with its service timers. */
export const repairContract = {
  'repairs.create': write<RepairRecord>()(repairIntake, '登记报修'),
  'repairs.list': read<Page<RepairListItem>>()(repairListInput, '报修列表', { access: 'department' }),
  'repairs.get': read<RepairDetail>()(byId, '报修详情'),
  'repairs.dispatch': write<RepairRecord>()(repairDispatchInput, '报修派工'),
  'repairs.collect': write<RepairRecord>()(byId, '报修接单', { access: 'department' }),
  'repairs.agreeTime': write<RepairRecord>()(repairAgreeTimeInput, '报修约定新的接单/到场时间'),
  'repairs.arrive': write<RepairRecord>()(byId, '报修到场', { access: 'department' }),
  'repairs.complete': write<RepairRecord>()(repairCompleteInput, '报修完成', { access: 'department' }),
  'repairs.approveOverrun': write<RepairRecord>()(repairOverrunInput, '批准报修超时', { access: 'supervisor' }),
  'repairs.void': write<RepairRecord>()(reasonInput, '作废报修', { access: 'supervisor' }),
  'repairs.print': write<PrintedForm>()(byId, '打印客户报修处理登记表'),
  'repairs.printWorkOrder': write<PrintedForm>()(byId, '打印报修派工单'),
  'repairs.desk': read<RepairDesk>()(noInput, '今日待办:报修时限', { passive: true }),
  'repairs.timers': read<RepairTimerSettings>()(noInput, '报修服务时限'),
  'repairs.saveTimers': write<RepairTimerSettings>()(repairTimersInput, '保存报修服务时限', { access: 'supervisor' }),
  'repairs.export': job<ExportedFile>()(repairExportInput, '报修台账导出 Excel'),
};
