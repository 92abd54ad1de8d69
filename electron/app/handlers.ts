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
import * as repairs from './ledgers/repairs/repairService';
import * as repairSteps from './ledgers/repairs/repairSteps';
import { printRepairForm, printRepairWorkOrder } from './ledgers/repairs/repairPrint';
import { repairDesk } from './ledgers/repairs/repairDesk';
import { getRepairTimers, saveRepairTimers } from './ledgers/repairs/repairTimerSettings';
import * as calls from './ledgers/calls/callService';
import { callToComplaint, callToRepair } from './ledgers/calls/callConversions';
import { printCallDay } from './ledgers/calls/callPrint';
import * as inspections from './ledgers/inspections/inspectionService';
import { printInspection } from './forms/inspectionForm';
import { findRoomsByOwner, roomPage } from './rooms/roomService';
import * as scripts from './scripts/serviceScriptService';
import { findScript, listScripts } from './scripts/serviceScriptRepository';
import * as revisits from './ledgers/revisits/revisitService';
import { revisitQueue } from './ledgers/revisits/revisitQueue';
import { getRevisitWindows, saveRevisitWindows } from './ledgers/revisits/revisitPlanning';
import { printRevisitForm } from './ledgers/revisits/revisitPrint';
import * as loss from './ledgers/lossDeclarations/lossDeclarationService';
import * as lossOutcome from './ledgers/lossDeclarations/lossOutcomeService';
import { printLossDeclaration } from './ledgers/lossDeclarations/lossDeclarationPrint';
import { ArchiveJobs } from './archive/archiveJobs';
import { verifyArchive } from './archive/archiveVerify';
import * as backups from './backup/backupOffice';
import { chooseFolder } from './exports/chooseFolder';
import { importArchive } from './headOffice/headOfficeImport';
import { listHeadOfficeOffices, listHeadOfficeRecords } from './headOffice/headOfficeQueries';
import { headOfficeFile, headOfficeRecord } from './headOffice/headOfficeRecord';
import { headOfficeStatistics } from './headOffice/headOfficeStatistics';
import { HeadOfficeImportJobs } from './headOffice/headOfficeImportJobs';
import * as statistics from './statistics/statisticsService';
import { closeMonth, listStatisticsMonths, reopenMonth } from './statistics/closedMonths';
import { exportComplaints } from './ledgers/complaints/complaintExport';
import { exportWorkOrders } from './ledgers/workOrders/workOrderExport';
import { exportRepairs } from './exports/lists/repairExport';
import { exportCalls } from './exports/lists/callExport';
import { exportRevisitQueue } from './exports/lists/revisitQueueExport';
import { exportInspections } from './exports/lists/inspectionExport';
import { exportLossDeclarations } from './exports/lists/lossDeclarationExport';

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
  const importJobs = new HeadOfficeImportJobs();
  return {
    'app.info': async () => ({
      version: ctx.version,
      schemaVersion: await schemaVersion(db),
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      folderDialog: Boolean(ctx.host.chooseFolder),
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
    'office.save': (input) => office.saveOffice(db, input, today()),
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

    'revisits.queue': (_input, actor) => revisitQueue(ctx, actor),
    'revisits.get': (input, actor) => revisits.getRevisit(ctx, actor, input.id),
    'revisits.start': (input, actor) => revisits.startRevisit(ctx, actor, input.subjectKind, input.subjectId),
    'revisits.plan': (input, actor) => revisits.planRevisit(ctx, actor, input),
    'revisits.logAttempt': (input, actor) => revisits.logAttempt(ctx, actor, input),
    'revisits.record': (input, actor) => revisits.recordRevisit(ctx, actor, input),
    'revisits.print': (input) => printRevisitForm(ctx, input.id),
    'revisits.windows': () => getRevisitWindows(db),
    'revisits.saveWindows': (input, actor) => audited(actor, `回访时间窗口:${JSON.stringify(input)}`, (trx) => saveRevisitWindows(trx, input)),

    'desk.today': () => deskToday(ctx),
    'alerts.acknowledge': (input, actor) => acknowledgeAlert(ctx, actor, input.id),
    'audit.verify': () => verifyHistoryChain(db),

    'repairs.create': (input, actor) => repairs.createRepair(ctx, actor, input),
    'repairs.list': (input) => repairs.listRepairs(ctx, input),
    'repairs.get': (input, actor) => repairs.getRepair(ctx, actor, input.id),
    'repairs.dispatch': (input, actor) => repairSteps.dispatchRepair(ctx, actor, input),
    'repairs.collect': (input, actor) => repairSteps.collectRepair(ctx, actor, input.id),
    'repairs.agreeTime': (input, actor) => repairSteps.agreeRepairTime(ctx, actor, input),
    'repairs.arrive': (input, actor) => repairSteps.arriveRepair(ctx, actor, input.id),
    'repairs.complete': (input, actor) => repairSteps.completeRepair(ctx, actor, input),
    'repairs.approveOverrun': (input, actor) => repairSteps.approveRepairOverrun(ctx, actor, input),
    'repairs.void': (input, actor) => repairSteps.voidRepair(ctx, actor, input),
    'repairs.print': (input, actor) => printRepairForm(ctx, actor, input.id),
    'repairs.printWorkOrder': (input, actor) => printRepairWorkOrder(ctx, actor, input.id),
    'repairs.desk': () => repairDesk(ctx),
    'repairs.timers': () => getRepairTimers(db),
    'repairs.saveTimers': (input, actor) => audited(actor, `报修服务时限:${JSON.stringify(input)}`, (trx) => saveRepairTimers(trx, input)),

    'calls.create': (input, actor) => calls.createCall(ctx, actor, input),
    'calls.list': (input) => calls.listCalls(ctx, input),
    'calls.get': (input) => calls.getCall(ctx, input.id),
    'calls.answer': (input, actor) => calls.answerCall(ctx, actor, input),
    'calls.toRepair': (input, actor) => callToRepair(ctx, actor, input),
    'calls.toComplaint': (input, actor) => callToComplaint(ctx, actor, input),
    'calls.linked': (input) => calls.linkedCalls(ctx, input),
    'calls.printDay': (input) => printCallDay(ctx, input.date),
    'inspections.create': (input, actor) => inspections.createInspection(ctx, actor, input),
    'inspections.edit': (input, actor) => inspections.editInspection(ctx, actor, input),
    'inspections.list': (input) => inspections.listInspections(ctx, input),
    'inspections.get': (input) => inspections.getInspection(ctx, input.id),
    'inspections.print': (input) => printInspection(ctx, input.id),
    'rooms.history': (input) => roomPage(db, input),
    'rooms.findByOwner': (input) => findRoomsByOwner(db, input),
    'scripts.list': (input) => listScripts(db, input.includeInactive),
    'scripts.save': async (input, actor) => {
      const before = input.id === undefined ? undefined : await findScript(db, input.id);
      return audited(actor, scripts.describeScriptChange(input, before), (trx) => scripts.saveScript(trx, input));
    },
    'scripts.move': async (input, actor) => {
      if (!(await scripts.canMoveScript(db, input))) return (await findScript(db, input.id))!;
      const script = await findScript(db, input.id);
      const summary = `话术:「${script?.title ?? input.id}」${input.direction === 'up' ? '上移' : '下移'}`;
      return audited(actor, summary, (trx) => scripts.moveScript(trx, input));
    },

    'lossDeclarations.create': (input, actor) => loss.createLossDeclaration(ctx, actor, input),
    'lossDeclarations.list': (input) => loss.listLossDeclarations(ctx, input),
    'lossDeclarations.get': (input) => loss.getLossDeclaration(ctx, input.id),
    'lossDeclarations.revealId': (input, actor) => loss.revealIdNumber(ctx, actor, input),
    'lossDeclarations.attach': (input, actor) => lossOutcome.attachLossFile(ctx, actor, input),
    'lossDeclarations.recordStub': (input, actor) => lossOutcome.recordStub(ctx, actor, input),
    'lossDeclarations.decideOutcome': (input, actor) => lossOutcome.decideLossOutcome(ctx, actor, input),
    'lossDeclarations.void': (input, actor) => loss.voidLossDeclaration(ctx, actor, input),
    'lossDeclarations.print': (input, actor) => printLossDeclaration(ctx, actor, input),

    'archive.export': async (input, actor) => archiveJobs.startExport(ctx, { outDir: input.out, period: input.period, fullData: input.fullData, staffId: actor.staffId }),
    'archive.job': async (input) => archiveJobs.get(input.jobId),
    'archive.cancel': async (input) => archiveJobs.cancel(input.jobId),
    'archive.verify': (input) => verifyArchive(input.file),
    'files.chooseFolder': (input) => chooseFolder(ctx.host, input.purpose),
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
    'headOffice.startImport': async (input, actor) => importJobs.start(ctx, input.files, actor.staffId),
    'headOffice.importJob': async (input) => importJobs.get(input.jobId),
    'headOffice.cancelImport': async (input) => importJobs.cancel(input.jobId),
    'headOffice.offices': () => listHeadOfficeOffices(db),
    'headOffice.records': (input) => listHeadOfficeRecords(db, input),
    'headOffice.record': (input) => headOfficeRecord(db, input),
    'headOffice.file': (input) => headOfficeFile(ctx, input.sha256),
    'headOffice.statistics': (input) => headOfficeStatistics(db, input.month),

    'statistics.report': (input) => statistics.statisticsReport(ctx, input.from, input.to),
    'statistics.print': (input) => statistics.printStatisticsReport(ctx, input),
    'statistics.exportXlsx': (input) => statistics.exportStatisticsReport(ctx, input),
    'statistics.months': () => listStatisticsMonths(db),
    'statistics.closeMonth': (input, actor) => closeMonth(ctx, actor, input.month),
    'statistics.reopenMonth': (input, actor) => reopenMonth(ctx, actor, input.month, input.reason),
    'complaints.export': (input, actor) => exportComplaints(ctx, actor, input),
    'workOrders.export': (input, actor) => exportWorkOrders(ctx, actor, input),
    'repairs.export': (input, actor) => exportRepairs(ctx, actor, input),
    'calls.export': (input, actor) => exportCalls(ctx, actor, input),
    'revisits.exportQueue': (input, actor) => exportRevisitQueue(ctx, actor, input),
    'inspections.export': (input, actor) => exportInspections(ctx, actor, input),
    'lossDeclarations.export': (input, actor) => exportLossDeclarations(ctx, actor, input),
  };
}
