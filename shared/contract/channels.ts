import { z } from 'zod';
import './zodLocale';
import { channel, type Channel } from './channel';
import { complaintIntake, complaintListInput, complaintExportInput } from '../domain/complaints/complaintSchemas';
import { byId } from '../domain/fieldSchemas';
import { departmentInput, officeInput, roomInput, roomListInput, roomLookupInput, staffInput } from '../domain/office/officeSchemas';
import {
  changePasswordInput,
  setPasswordInput,
  setupInput,
  signInInput,
} from '../domain/auth/authSchemas';
import { alertInput } from '../domain/desk/desk';
import { settingsInput, calendarOverrideInput, calendarDateInput, calendarYearInput } from '../domain/settings/settingsSchemas';
import {
  archiveInput,
  attachmentUpload,
  capaRequestInput,
  capaSubmitInput,
  complaintEditInput,
  dispatchInput,
  extensionDecisionInput,
  extensionRequestInput,
  handlingInput,
  reasonInput,
  reviewInput,
  revisitInput
} from '../domain/complaints/complaintStepSchemas';
import { workOrderListInput, workOrderExportInput } from '../domain/workOrders/workOrderSchemas';
import { revisitAttemptInput, revisitPlanInput, revisitRecordInput, revisitSubjectInput, revisitWindowsInput, revisitQueueExportInput } from '../domain/revisits/revisitSchemas';
import type { RevisitDetail, RevisitQueue } from '../domain/revisits/revisitRecords';
import type { RevisitWindows } from '../domain/revisits/revisit';
import type { Access } from '../domain/access';
import type { ChannelFolder } from '../domain/dataFolder';
import type {
  AppInfo,
  FontCoverage,
  Page,
  KeysetPage,
  PrintedForm, AuditCheck } from '../domain/records';
import type { ComplaintRecord, ComplaintListItem, ComplaintDetail } from '../domain/complaints/complaintRecords';
import type { Office, Department, Staff, Room } from '../domain/office/officeRecords';
import type {
  Alert,
  AttachmentContent,
  CapaReport
} from '../domain/complaints/complaintParts';
import type { DeskToday } from '../domain/desk/desk';
import type { WorkOrder } from '../domain/workOrders/workOrder';
import type { OfficeSettings, CalendarStatus } from '../domain/settings/settingsRecords';
import type { SignedInStaff, AuthStatus, SignInResult } from '../domain/auth/authRecords';
import {
  repairAgreeTimeInput,
  repairCompleteInput,
  repairDispatchInput,
  repairIntake,
  repairListInput,
  repairOverrunInput,
  repairTimersInput, repairExportInput } from '../domain/repairs/repairSchemas';
import type { RepairDesk, RepairDetail, RepairListItem, RepairRecord } from '../domain/repairs/repairRecords';
import type { RepairTimerSettings } from '../domain/repairs/repair';
import {
  callAnswerInput,
  callCreateInput,
  callDayInput,
  callListInput,
  callToComplaintInput,
  callToRepairInput,
  linkedCallsInput,
  type CallRecord, callExportInput } from '../domain/calls/callLog';
import {
  inspectionEditInput,
  inspectionInput,
  inspectionListInput,
  type InspectionDetail,
  type InspectionListItem,
  type InspectionRecord, inspectionExportInput } from '../domain/inspections/inspection';
import { ownerLookupInput, roomHistoryInput, type RoomPage, type RoomSummary } from '../domain/office/roomPage';
import { scriptInput, scriptListInput, scriptMoveInput, type ServiceScript } from '../domain/scripts/serviceScripts';
import {
  lossAttachmentUpload,
  lossDeclarationIntake,
  lossDeclarationListInput,
  lossOutcomeInput,
  lossPrintInput,
  lossRevealInput,
  lossStubInput,
  lossVoidInput, lossDeclarationExportInput } from '../domain/lossDeclarations/lossDeclarationSchemas';
import type { LossDeclarationDetail, LossDeclarationListItem, LossDeclarationRecord, RevealedIdNumber } from '../domain/lossDeclarations/lossDeclarationRecords';
import {
  headOfficeFileInput,
  headOfficeListInput,
  headOfficeRecordInput,
  headOfficeStatisticsInput,
  type HeadOfficeFileContent,
  type HeadOfficeImportJob,
  type HeadOfficeImportResult,
  type HeadOfficeOffice,
  type HeadOfficeRecord,
  type HeadOfficeRecordDetail,
  type HeadOfficeStatistics,
} from '../domain/headOffice/headOffice';
import { backupFileInput, backupSettingsInput, type BackupStatus } from '../domain/backup/backup';
import { chooseFolderInput } from '../domain/folderChoice';
import { archiveExportInput, archiveFileInput, archiveImportInput, archiveJobInput, type ArchiveJob, type ArchiveVerification } from '../domain/archive/archive';
import { statisticsMonthInput, statisticsPeriodInput, statisticsReopenInput } from '../domain/statistics/statistics';
import type { ExportedFile, StatisticsMonth, StatisticsReport } from '../domain/statistics/statistics';
const none = z.object({}).strict();

/**
 * Every channel between the renderer and the main process, declared once with who may call it. Main registers
 * handlers from this list and checks the caller's role before each call, the preload exposes exactly these
 * names, the client is typed by it and the bridge serves it.
 */
export const channels = {
  'app.info': channel<AppInfo>()(none, '软件版本与数据位置', 'public'),
  'fonts.coverage': channel<FontCoverage>()(none, '打印字体能显示的字符范围'),

  'auth.status': channel<AuthStatus>()(none, '登录状态', 'public'),
  'auth.setup': channel<SignInResult>()(setupInput, '首次使用:创建第一个经理账号', 'public'),
  'auth.signIn': channel<SignInResult>()(signInInput, '登录', 'public'),
  'auth.signOut': channel<null>()(none, '退出登录', 'public'),
  'auth.lock': channel<null>()(none, '锁定屏幕', 'public'),
  'auth.changePassword': channel<null>()(changePasswordInput, '修改自己的密码'),
  'staff.setPassword': channel<null>()(setPasswordInput, '为员工设置密码', 'supervisor'),

  'office.get': channel<Office | null>()(none, '管理处信息', 'public'),
  'office.save': channel<Office>()(officeInput, '保存管理处信息', 'supervisor'),
  'departments.list': channel<Department[]>()(none, '部门列表'),
  'departments.save': channel<Department>()(departmentInput, '新增或修改部门', 'supervisor'),
  'staff.list': channel<Staff[]>()(none, '员工列表'),
  'staff.save': channel<Staff>()(staffInput, '新增或修改员工', 'supervisor'),
  'rooms.buildings': channel<string[]>()(none, '楼栋列表'),
  'rooms.list': channel<Page<Room>>()(roomListInput, '房屋与业主列表'),
  'rooms.lookup': channel<Room[]>()(roomLookupInput, '按房号或业主姓名查找房屋'),
  'rooms.save': channel<Room>()(roomInput, '新增或修改房屋及业主'),
  'settings.get': channel<OfficeSettings>()(none, '处理时限与锁屏设置'),
  'settings.save': channel<OfficeSettings>()(settingsInput, '保存处理时限与锁屏设置', 'supervisor'),
  'calendar.status': channel<CalendarStatus>()(none, '工作日历'),
  'calendar.saveOverride': channel<CalendarStatus>()(calendarOverrideInput, '设置某天上班或放假', 'supervisor'),
  'calendar.removeOverride': channel<CalendarStatus>()(calendarDateInput, '取消某天的调整', 'supervisor'),
  'calendar.confirmYear': channel<CalendarStatus>()(calendarYearInput, '确认某年节假日已录入', 'supervisor'),

  'complaints.create': channel<ComplaintRecord>()(complaintIntake, '登记业主投诉'),
  'complaints.list': channel<KeysetPage<ComplaintListItem>>()(complaintListInput, '投诉列表'),
  'complaints.get': channel<ComplaintDetail>()(byId, '投诉详情'),
  'complaints.print': channel<PrintedForm>()(byId, '打印业主投诉处理记录表'),
  'complaints.edit': channel<ComplaintRecord>()(complaintEditInput, '更正投诉登记内容'),
  'complaints.dispatch': channel<WorkOrder>()(dispatchInput, '派工'),
  'complaints.recordHandling': channel<ComplaintRecord>()(handlingInput, '登记调查处理结果'),
  'complaints.review': channel<ComplaintRecord>()(reviewInput, '审核批示', 'supervisor'),
  'complaints.revisit': channel<ComplaintRecord>()(revisitInput, '登记回访'),
  'complaints.archive': channel<ComplaintRecord>()(archiveInput, '归档'),
  'complaints.void': channel<ComplaintRecord>()(reasonInput, '作废投诉', 'supervisor'),
  'complaints.requestExtension': channel<ComplaintRecord>()(extensionRequestInput, '申请延期'),
  'complaints.decideExtension': channel<ComplaintRecord>()(extensionDecisionInput, '审批延期', 'supervisor'),
  'complaints.attachSignedScan': channel<ComplaintRecord>()(attachmentUpload, '上传签字扫描件'),
  'complaints.waiveSignedScan': channel<ComplaintRecord>()(reasonInput, '免交签字件', 'supervisor'),
  'complaints.requestCapa': channel<ComplaintRecord>()(capaRequestInput, '要求纠正/预防措施报告', 'supervisor'),
  'attachments.get': channel<AttachmentContent>()(byId, '查看附件'),

  'workOrders.list': channel<Page<WorkOrder>>()(workOrderListInput, '派工单列表(部门待办)'),
  'workOrders.collect': channel<WorkOrder>()(byId, '接单'),
  'workOrders.print': channel<PrintedForm>()(byId, '打印派工单'),
  'capa.submit': channel<CapaReport>()(capaSubmitInput, '提交纠正/预防措施报告'),
  'capa.print': channel<PrintedForm>()(byId, '打印纠正/预防措施报告'),

  'revisits.queue': channel<RevisitQueue>()(none, '回访队列'),
  'revisits.get': channel<RevisitDetail>()(byId, '回访详情'),
  'revisits.start': channel<RevisitDetail>()(revisitSubjectInput, '开始回访已完成的投诉或报修'),
  'revisits.plan': channel<RevisitDetail>()(revisitPlanInput, '手工计划回访'),
  'revisits.logAttempt': channel<RevisitDetail>()(revisitAttemptInput, '登记未联系上的回访'),
  'revisits.record': channel<RevisitDetail>()(revisitRecordInput, '登记回访结果'),
  'revisits.print': channel<PrintedForm>()(byId, '打印回访记录表'),
  'revisits.windows': channel<RevisitWindows>()(none, '回访时间窗口'),
  'revisits.saveWindows': channel<RevisitWindows>()(revisitWindowsInput, '保存回访时间窗口', 'supervisor'),

  'desk.today': channel<DeskToday>()(none, '今日待办'),
  'alerts.acknowledge': channel<Alert>()(alertInput, '经理确认已知悉', 'manager'),
  'audit.verify': channel<AuditCheck>()(none, '检查修改记录是否被篡改', 'supervisor'),

  'repairs.create': channel<RepairRecord>()(repairIntake, '登记报修'),
  'repairs.list': channel<Page<RepairListItem>>()(repairListInput, '报修列表'),
  'repairs.get': channel<RepairDetail>()(byId, '报修详情'),
  'repairs.dispatch': channel<RepairRecord>()(repairDispatchInput, '报修派工'),
  'repairs.collect': channel<RepairRecord>()(byId, '报修接单'),
  'repairs.agreeTime': channel<RepairRecord>()(repairAgreeTimeInput, '报修约定新的接单/到场时间'),
  'repairs.arrive': channel<RepairRecord>()(byId, '报修到场'),
  'repairs.complete': channel<RepairRecord>()(repairCompleteInput, '报修完成'),
  'repairs.approveOverrun': channel<RepairRecord>()(repairOverrunInput, '批准报修超时', 'supervisor'),
  'repairs.void': channel<RepairRecord>()(reasonInput, '作废报修', 'supervisor'),
  'repairs.print': channel<PrintedForm>()(byId, '打印客户报修处理登记表'),
  'repairs.printWorkOrder': channel<PrintedForm>()(byId, '打印报修派工单'),
  'repairs.desk': channel<RepairDesk>()(none, '今日待办:报修时限'),
  'repairs.timers': channel<RepairTimerSettings>()(none, '报修服务时限'),
  'repairs.saveTimers': channel<RepairTimerSettings>()(repairTimersInput, '保存报修服务时限', 'supervisor'),

  'calls.create': channel<CallRecord>()(callCreateInput, '登记来电'),
  'calls.list': channel<Page<CallRecord>>()(callListInput, '来电记录列表'),
  'calls.get': channel<CallRecord>()(byId, '来电详情'),
  'calls.answer': channel<CallRecord>()(callAnswerInput, '来电咨询已答复'),
  'calls.toRepair': channel<CallRecord>()(callToRepairInput, '来电转报修'),
  'calls.toComplaint': channel<CallRecord>()(callToComplaintInput, '来电转投诉'),
  'calls.linked': channel<CallRecord[]>()(linkedCallsInput, '投诉或报修的来电'),
  'calls.printDay': channel<PrintedForm>()(callDayInput, '打印当日客户来电记录表'),
  'inspections.create': channel<InspectionRecord>()(inspectionInput, '登记投诉巡查记录'),
  'inspections.edit': channel<InspectionRecord>()(inspectionEditInput, '更正巡查记录'),
  'inspections.list': channel<Page<InspectionListItem>>()(inspectionListInput, '巡查记录列表'),
  'inspections.get': channel<InspectionDetail>()(byId, '巡查记录详情'),
  'inspections.print': channel<PrintedForm>()(byId, '打印客户投诉巡查记录表'),
  'rooms.history': channel<RoomPage>()(roomHistoryInput, '房屋档案:该房屋的记录,按页'),
  'rooms.findByOwner': channel<RoomSummary[]>()(ownerLookupInput, '按业主姓名或电话查找房屋'),
  'scripts.list': channel<ServiceScript[]>()(scriptListInput, '话术列表'),
  'scripts.save': channel<ServiceScript>()(scriptInput, '新增或修改话术', 'supervisor'),
  'scripts.move': channel<ServiceScript>()(scriptMoveInput, '调整话术顺序', 'supervisor'),

  'lossDeclarations.create': channel<LossDeclarationRecord>()(lossDeclarationIntake, '登记收据、发票遗失声明'),
  'lossDeclarations.list': channel<Page<LossDeclarationListItem>>()(lossDeclarationListInput, '遗失声明列表'),
  'lossDeclarations.get': channel<LossDeclarationDetail>()(byId, '遗失声明详情'),
  'lossDeclarations.revealId': channel<RevealedIdNumber>()(lossRevealInput, '查看完整身份证号(记入修改记录)'),
  'lossDeclarations.attach': channel<LossDeclarationRecord>()(lossAttachmentUpload, '上传身份证等附件'),
  'lossDeclarations.recordStub': channel<LossDeclarationRecord>()(lossStubInput, '财务找到记账联'),
  'lossDeclarations.decideOutcome': channel<LossDeclarationRecord>()(lossOutcomeInput, '挂失期满办结'),
  'lossDeclarations.void': channel<LossDeclarationRecord>()(lossVoidInput, '作废遗失声明', 'supervisor'),
  'lossDeclarations.print': channel<PrintedForm>()(lossPrintInput, '打印遗失声明'),

  'archive.export': channel<ArchiveJob>()(archiveExportInput, '导出归档(给总部)', 'supervisor'),
  'archive.job': channel<ArchiveJob>()(archiveJobInput, '归档导出进度', 'supervisor'),
  'archive.cancel': channel<ArchiveJob>()(archiveJobInput, '取消导出归档', 'supervisor'),
  'archive.verify': channel<ArchiveVerification>()(archiveFileInput, '核对归档文件是否完整', 'supervisor'),
  'files.chooseFolder': channel<string | null>()(chooseFolderInput, '选择文件夹(桌面版的系统对话框)'),
  'backup.status': channel<BackupStatus>()(none, '备份情况', 'supervisor'),
  'backup.now': channel<BackupStatus>()(none, '立即备份', 'supervisor'),
  'backup.saveSettings': channel<BackupStatus>()(backupSettingsInput, '保存备份设置', 'supervisor'),
  'backup.restore': channel<BackupStatus>()(backupFileInput, '恢复到某个备份(下次启动时执行)', 'manager'),
  'backup.cancelRestore': channel<BackupStatus>()(none, '取消待执行的恢复', 'manager'),
  'headOffice.import': channel<HeadOfficeImportResult[]>()(archiveImportInput, '总部:导入各管理处的归档', 'manager'),
  'headOffice.startImport': channel<HeadOfficeImportJob>()(archiveImportInput, '总部:开始导入归档(后台进行,可取消)', 'manager'),
  'headOffice.importJob': channel<HeadOfficeImportJob>()(archiveJobInput, '总部:导入归档进度', 'manager'),
  'headOffice.cancelImport': channel<HeadOfficeImportJob>()(archiveJobInput, '总部:取消导入归档', 'manager'),
  'headOffice.offices': channel<HeadOfficeOffice[]>()(none, '总部:已导入的管理处', 'supervisor'),
  'headOffice.records': channel<KeysetPage<HeadOfficeRecord>>()(headOfficeListInput, '总部:各管理处的记录(只读)', 'supervisor'),
  'headOffice.record': channel<HeadOfficeRecordDetail>()(headOfficeRecordInput, '总部:一条记录的内容、修改记录与各版本(只读)', 'supervisor'),
  'headOffice.file': channel<HeadOfficeFileContent>()(headOfficeFileInput, '总部:查看记录的打印件或附件', 'supervisor'),
  'headOffice.statistics': channel<HeadOfficeStatistics>()(headOfficeStatisticsInput, '总部:各管理处统计并列对比', 'supervisor'),

  'statistics.report': channel<StatisticsReport>()(statisticsPeriodInput, '客户投诉处理统计分析报告'),
  'statistics.print': channel<PrintedForm>()(statisticsPeriodInput, '打印统计分析报告'),
  'statistics.exportXlsx': channel<ExportedFile>()(statisticsPeriodInput, '统计分析报告导出 Excel'),
  'statistics.months': channel<StatisticsMonth[]>()(none, '已月结的月份'),
  'statistics.closeMonth': channel<StatisticsMonth>()(statisticsMonthInput, '月结:冻结当月统计', 'supervisor'),
  'statistics.reopenMonth': channel<StatisticsMonth>()(statisticsReopenInput, '重新开放已月结的月份', 'manager'),
  'complaints.export': channel<ExportedFile>()(complaintExportInput, '投诉台账导出 Excel'),
  'workOrders.export': channel<ExportedFile>()(workOrderExportInput, '派工单导出 Excel'),
  'repairs.export': channel<ExportedFile>()(repairExportInput, '报修台账导出 Excel'),
  'calls.export': channel<ExportedFile>()(callExportInput, '来电记录导出 Excel'),
  'revisits.exportQueue': channel<ExportedFile>()(revisitQueueExportInput, '回访队列导出 Excel'),
  'inspections.export': channel<ExportedFile>()(inspectionExportInput, '巡查记录导出 Excel'),
  'lossDeclarations.export': channel<ExportedFile>()(lossDeclarationExportInput, '遗失声明导出 Excel'),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Channels[K] extends Channel<z.ZodType, infer O> ? O : never;
export type ChannelAccess<K extends ChannelName> = Channels[K]['access'];
export type { SignedInStaff, Access };

export const channelNames = Object.keys(channels) as ChannelName[];

/** Reads a page repeats on its own (the desk refreshes every minute): they must not keep an idle desk unlocked. */
export const passiveChannels: ReadonlySet<ChannelName> = new Set([
  'auth.status',
  'desk.today',
  'repairs.desk',
  'revisits.queue',
  'archive.job',
  'headOffice.importJob',
]);

/**
 * Which data folder a channel works on; dispatch refuses it on the other kind. Head office's channels are its
 * own, the few below work on both, and every other channel — any office ledger, read or write — is the office's,
 * so a channel added later is refused at head office until it is declared here.
 */
const eitherFolderChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'app.info',
  'fonts.coverage',
  'auth.status',
  'auth.setup',
  'auth.signIn',
  'auth.signOut',
  'auth.lock',
  'auth.changePassword',
  'staff.setPassword',
  'staff.list',
  'staff.save',
  'departments.list',
  'audit.verify',
  'archive.verify',
  'files.chooseFolder',
  'backup.status',
  'backup.now',
  'backup.saveSettings',
  'backup.restore',
  'backup.cancelRestore',
]);

export function channelFolder(name: ChannelName): ChannelFolder {
  if (name.startsWith('headOffice.')) return 'headOffice';
  return eitherFolderChannels.has(name) ? 'either' : 'office';
}

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
