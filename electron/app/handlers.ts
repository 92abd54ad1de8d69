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
import { ArchiveJobs } from './archive/archiveJobs';
import { verifyArchive } from './archive/archiveVerify';
import * as backups from './backup/backupOffice';
import { importArchive } from './headOffice/headOfficeImport';
import { listHeadOfficeOffices, listHeadOfficeRecords } from './headOffice/headOfficeQueries';

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
  const archiveJobs = new ArchiveJobs();
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

    'archive.export': async (input, actor) => archiveJobs.startExport(ctx, { outDir: input.out, period: input.period, fullData: input.fullData, staffId: actor.staffId }),
    'archive.job': async (input) => archiveJobs.get(input.jobId),
    'archive.cancel': async (input) => archiveJobs.cancel(input.jobId),
    'archive.verify': (input) => verifyArchive(input.file),
    'backup.status': () => backups.backupStatus(ctx),
    'backup.now': (_input, actor) => backups.backupNow(ctx, actor),
    'backup.saveSettings': (input, actor) => backups.changeBackupSettings(ctx, actor, input),
    'backup.restore': (input, actor) => backups.requestRestore(ctx, actor, input.fileName),
    'backup.cancelRestore': (_input, actor) => backups.withdrawRestore(ctx, actor),
    'headOffice.import': async (input, actor) => {
      // One archive at a time, each whole or not at all; the first refused one stops the rest and says why.
      const results = [];
      for (const file of input.files) results.push(await importArchive(ctx, file, actor.staffId));
      return results;
    },
    'headOffice.offices': () => listHeadOfficeOffices(db),
    'headOffice.records': (input) => listHeadOfficeRecords(db, input),
  };
}
