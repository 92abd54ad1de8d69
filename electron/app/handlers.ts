import type { AppContext } from './context';
import type { ChannelAccess, ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract/channels';
import type { Actor } from './auth/session';
import { schemaVersion } from './db/migrate';
import * as office from './office/officeService';
import { findOffice, listBuildings, listDepartments, listStaff } from './office/officeRepository';
import * as auth from './auth/authService';
import * as settings from './settings/settingsService';
import * as calendar from './settings/calendarService';
import * as complaints from './ledgers/complaints/complaintService';
import * as process from './ledgers/complaints/processService';
import * as support from './ledgers/complaints/supportService';
import { listWorkOrders } from './ledgers/workOrders/workOrderService';
import { acknowledgeAlert, deskToday } from './desk/deskService';
import { verifyHistoryChain } from './history/historyRepository';
import { printCapaReport, printComplaintForm, printWorkOrder } from './forms/printService';
import * as statistics from './statistics/statisticsService';
import { closeMonth, listStatisticsMonths, reopenMonth } from './statistics/closedMonths';
import { exportComplaints } from './ledgers/complaints/complaintExport';
import { exportWorkOrders } from './ledgers/workOrders/workOrderExport';

/** Public channels may run with nobody signed in; every other handler is given the signed-in, permitted actor. */
export type Handlers = {
  [K in ChannelName]: (input: ParsedInput<K>, actor: ChannelAccess<K> extends 'public' ? Actor | null : Actor) => Promise<ChannelOutput<K>>;
};

/** Contract channel → service call. Inputs arrive parsed and the caller checked; the services enforce the domain's rules. */
export function createHandlers(ctx: AppContext): Handlers {
  const { db } = ctx;
  const today = () => ctx.clock.now();
  const audited = <T>(actor: Actor, summary: string, work: (trx: typeof db) => Promise<T>) =>
    settings.auditedSettingsChange(db, actor, today(), summary, work);
  return {
    'app.info': async () => ({
      version: ctx.version,
      schemaVersion: await schemaVersion(db),
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
    }),
    'fonts.coverage': async () => {
      const fonts = ctx.printFonts();
      return { family: fonts.family, license: fonts.license, ranges: fonts.coverage };
    },

    'auth.status': () => auth.authStatus(ctx),
    'auth.setup': (input) => auth.setUpFirstManager(ctx, input),
    'auth.signIn': (input) => auth.signIn(ctx, input),
    'auth.signOut': async () => (ctx.session.signOut(), null),
    'auth.lock': async () => (ctx.session.lock(), null),
    'auth.changePassword': (input, actor) => auth.changeOwnPassword(ctx, actor, input),
    'staff.setPassword': (input, actor) => auth.setStaffPassword(ctx, actor, input),

    'office.get': () => findOffice(db),
    'office.save': (input) => office.saveOffice(db, input),
    'departments.list': () => listDepartments(db),
    'departments.save': (input) => office.saveDepartment(db, input),
    'staff.list': () => listStaff(db),
    'staff.save': (input, actor) => office.saveStaff(db, actor.role, input),
    'rooms.buildings': () => listBuildings(db),
    'rooms.list': (input) => office.listRooms(db, input),
    'rooms.lookup': (input) => office.lookupRooms(db, input),
    'rooms.save': (input) => office.saveRoom(db, input),
    'settings.get': () => settings.getSettings(db),
    'settings.save': async (input, actor) => {
      const saved = await audited(actor, `处理时限与锁屏:${JSON.stringify(input)}`, (trx) => settings.saveSettings(trx, input));
      ctx.session.idleLockMinutes = saved.idleLockMinutes;
      return saved;
    },
    'calendar.status': () => calendar.calendarStatus(db, today()),
    'calendar.saveOverride': async (input, actor) => {
      await audited(actor, `工作日历:${input.date} ${input.kind === 'holiday' ? '放假' : '上班'} ${input.name ?? ''}`, (trx) => calendar.saveOverride(trx, input));
      return calendar.calendarStatus(db, today());
    },
    'calendar.removeOverride': async (input, actor) => {
      await audited(actor, `工作日历:取消 ${input.date} 的调整`, (trx) => calendar.removeOverride(trx, input.date));
      return calendar.calendarStatus(db, today());
    },
    'calendar.confirmYear': async (input, actor) => {
      await audited(actor, `工作日历:${input.confirmed ? '确认' : '取消确认'} ${input.year} 年节假日已录入`, (trx) => calendar.confirmYear(trx, input.year, input.confirmed));
      return calendar.calendarStatus(db, today());
    },

    'complaints.create': (input, actor) => complaints.createComplaint(ctx, actor, input),
    'complaints.list': (input) => complaints.listComplaints(ctx, input),
    'complaints.get': (input, actor) => complaints.getComplaint(ctx, actor, input.id),
    'complaints.print': (input, actor) => printComplaintForm(ctx, actor, input.id),
    'complaints.edit': (input, actor) => complaints.editComplaint(ctx, actor, input),
    'complaints.dispatch': (input, actor) => process.dispatchComplaint(ctx, actor, input),
    'complaints.recordHandling': (input, actor) => process.recordHandling(ctx, actor, input),
    'complaints.review': (input, actor) => process.reviewComplaint(ctx, actor, input),
    'complaints.revisit': (input, actor) => process.recordRevisit(ctx, actor, input),
    'complaints.archive': (input, actor) => process.archiveComplaint(ctx, actor, input),
    'complaints.void': (input, actor) => process.voidComplaint(ctx, actor, input),
    'complaints.requestExtension': (input, actor) => support.requestExtension(ctx, actor, input),
    'complaints.decideExtension': (input, actor) => support.decideExtension(ctx, actor, input),
    'complaints.attachSignedScan': (input, actor) => support.attachSignedScan(ctx, actor, input),
    'complaints.waiveSignedScan': (input, actor) => support.waiveSignedScan(ctx, actor, input),
    'complaints.requestCapa': (input, actor) => support.requestCapa(ctx, actor, input),
    'attachments.get': (input) => support.getAttachment(ctx, input.id),

    'workOrders.list': (input) => listWorkOrders(ctx, input),
    'workOrders.collect': (input, actor) => process.collectWorkOrder(ctx, actor, input.id),
    'workOrders.print': (input) => printWorkOrder(ctx, input.id),
    'capa.submit': (input, actor) => support.submitCapa(ctx, actor, input),
    'capa.print': (input) => printCapaReport(ctx, input.id),

    'desk.today': () => deskToday(ctx),
    'alerts.acknowledge': (input, actor) => acknowledgeAlert(ctx, actor, input.id),
    'audit.verify': () => verifyHistoryChain(db),

    'statistics.report': (input) => statistics.statisticsReport(ctx, input.from, input.to),
    'statistics.print': (input) => statistics.printStatisticsReport(ctx, input),
    'statistics.exportXlsx': (input) => statistics.exportStatisticsReport(ctx, input),
    'statistics.months': () => listStatisticsMonths(db),
    'statistics.closeMonth': (input, actor) => closeMonth(ctx, actor, input.month),
    'statistics.reopenMonth': (input, actor) => reopenMonth(ctx, actor, input.month, input.reason),
    'complaints.export': (input, actor) => exportComplaints(ctx, actor, input),
    'workOrders.export': (input, actor) => exportWorkOrders(ctx, actor, input),
  };
}
