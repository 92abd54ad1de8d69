import { z } from 'zod';
import './zodLocale';
import { channel, type Channel } from './channel';
import { byId, complaintIntake, complaintListInput } from '../domain/complaintSchemas';
import { departmentInput, officeInput, roomInput, roomListInput, roomLookupInput, staffInput } from '../domain/officeSchemas';
import {
  alertInput,
  calendarDateInput,
  calendarOverrideInput,
  calendarYearInput,
  changePasswordInput,
  setPasswordInput,
  settingsInput,
  setupInput,
  signInInput,
} from '../domain/authSchemas';
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
  revisitInput,
  workOrderListInput,
} from '../domain/lifecycleSchemas';
import type { Access } from '../domain/access';
import type {
  AppInfo,
  ComplaintDetail,
  ComplaintListItem,
  ComplaintRecord,
  Department,
  FontCoverage,
  Office,
  Page,
  PrintedForm,
  Room,
  Staff,
} from '../domain/records';
import type {
  Alert,
  AttachmentContent,
  AuditCheck,
  AuthStatus,
  CalendarStatus,
  CapaReport,
  DeskToday,
  OfficeSettings,
  SignInResult,
  SignedInStaff,
  WorkOrder,
} from '../domain/lifecycleRecords';
import { statisticsMonthInput, statisticsPeriodInput, statisticsReopenInput } from '../domain/statistics';
import type { ExportedFile, StatisticsMonth, StatisticsReport } from '../domain/statistics';
import { complaintExportInput, workOrderExportInput } from '../domain/listExport';

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
  'complaints.list': channel<Page<ComplaintListItem>>()(complaintListInput, '投诉列表'),
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

  'desk.today': channel<DeskToday>()(none, '今日待办'),
  'alerts.acknowledge': channel<Alert>()(alertInput, '经理确认已知悉', 'manager'),
  'audit.verify': channel<AuditCheck>()(none, '检查修改记录是否被篡改', 'supervisor'),

  'statistics.report': channel<StatisticsReport>()(statisticsPeriodInput, '客户投诉处理统计分析报告'),
  'statistics.print': channel<PrintedForm>()(statisticsPeriodInput, '打印统计分析报告'),
  'statistics.exportXlsx': channel<ExportedFile>()(statisticsPeriodInput, '统计分析报告导出 Excel'),
  'statistics.months': channel<StatisticsMonth[]>()(none, '已月结的月份'),
  'statistics.closeMonth': channel<StatisticsMonth>()(statisticsMonthInput, '月结:冻结当月统计', 'supervisor'),
  'statistics.reopenMonth': channel<StatisticsMonth>()(statisticsReopenInput, '重新开放已月结的月份', 'manager'),
  'complaints.export': channel<ExportedFile>()(complaintExportInput, '投诉台账导出 Excel'),
  'workOrders.export': channel<ExportedFile>()(workOrderExportInput, '派工单导出 Excel'),
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
export const passiveChannels: ReadonlySet<ChannelName> = new Set(['auth.status', 'desk.today']);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
