import { mergeChannels } from '../../../../shared/contract/channel';
import { defineLedger } from '../ledger';
import { complaintListExport } from './complaintExport';
import { capaReportNumbering, complaintNumbering } from '../../../../shared/domain/complaints/complaint';
import { complaintRoomHistory } from './complaintRoomHistory';
import { complaintArchiveLedger } from './complaintArchive';
import { complaintFormTitle, printComplaintForm, renderComplaintForm } from './complaintForm';
import { capaReportFormTitle, printCapaReport, renderCapaReport } from './capaReportForm';
import { complaintRevisitSubject } from './complaintRevisitSubject';
import { complaintSection } from './complaintSection';
import { complaintImportKind } from './complaintImport';
import { complaintDeadlines } from './complaintDeadlineRecount';
import * as disputes from './disputeService';
import { complaintContract } from '../../../../shared/domain/complaints/complaintContract';
import { workOrderContract } from '../../../../shared/domain/workOrders/workOrderContract';
import { workOrderNumbering } from '../../../../shared/domain/workOrders/workOrder';
import { printWorkOrder, renderWorkOrder, workOrderFormTitle } from './workOrderForm';
import { workOrderListExport } from './workOrderExport';
import { listWorkOrders } from './workOrderService';
import * as complaints from './complaintService';
import * as process from './processService';
import * as support from './supportService';

/**
 * The complaint ledger (TS-…) with its process: the work orders (PG-…) it issues to departments, the CAPA reports
 * (JZ-…) a supervisor asks for, and the signed scans of its printed form.
 */
export const complaintLedger = defineLedger({
  name: 'complaints',
  label: '投诉',
  numbering: [complaintNumbering, workOrderNumbering, capaReportNumbering],
  roomHistory: complaintRoomHistory,
  archive: complaintArchiveLedger,
  listExports: { 'complaints.export': complaintListExport, 'workOrders.export': workOrderListExport },
  forms: [
    { form: 'complaint', title: complaintFormTitle, render: (ctx, id) => renderComplaintForm(ctx, Number(id)) },
    { form: 'workOrder', title: workOrderFormTitle, render: (ctx, id) => renderWorkOrder(ctx, Number(id)) },
    { form: 'capaReport', title: capaReportFormTitle, render: (ctx, id) => renderCapaReport(ctx, Number(id)) },
  ],
  revisitSubject: complaintRevisitSubject,
  statistics: complaintSection,
  imports: [complaintImportKind],
  workingDeadlines: complaintDeadlines,
  channels: mergeChannels(complaintContract, workOrderContract),
  handlers: () => ({
    'complaints.create': (input, actor, ctx) => complaints.createComplaint(ctx, actor, input),
    'complaints.list': (input, _actor, ctx) => complaints.listComplaints(ctx, input),
    'complaints.get': (input, actor, ctx) => complaints.getComplaint(ctx, actor, input.id),
    'complaints.print': (input, actor, ctx) => printComplaintForm(ctx, actor, input.id),
    'complaints.edit': (input, actor, ctx) => complaints.editComplaint(ctx, actor, input),
    'complaints.dispatch': (input, actor, ctx) => process.dispatchComplaint(ctx, actor, input),
    'complaints.recordHandling': (input, actor, ctx) => process.recordHandling(ctx, actor, input),
    'complaints.review': (input, actor, ctx) => process.reviewComplaint(ctx, actor, input),
    'complaints.revisit': (input, actor, ctx) => process.recordRevisit(ctx, actor, input),
    'complaints.archive': (input, actor, ctx) => process.archiveComplaint(ctx, actor, input),
    'complaints.void': (input, actor, ctx) => process.voidComplaint(ctx, actor, input),
    'complaints.reply': (input, actor, ctx) => process.replyToInvalid(ctx, actor, input),
    'complaints.dispute': (input, actor, ctx) => disputes.raiseDispute(ctx, actor, input),
    'complaints.decideDispute': (input, actor, ctx) => disputes.decideDispute(ctx, actor, input),
    'complaints.requestExtension': (input, actor, ctx) => support.requestExtension(ctx, actor, input),
    'complaints.decideExtension': (input, actor, ctx) => support.decideExtension(ctx, actor, input),
    'complaints.attachSignedScan': (input, actor, ctx) => support.attachSignedScan(ctx, actor, input),
    'complaints.waiveSignedScan': (input, actor, ctx) => support.waiveSignedScan(ctx, actor, input),
    'complaints.requestCapa': (input, actor, ctx) => support.requestCapa(ctx, actor, input),
    'workOrders.list': (input, actor, ctx) => listWorkOrders(ctx, actor, input),
    'workOrders.collect': (input, actor, ctx) => process.collectWorkOrder(ctx, actor, input.id),
    'workOrders.print': (input, _actor, ctx) => printWorkOrder(ctx, input.id),
    'attachments.get': (input, _actor, ctx) => support.getAttachment(ctx, input.id),
    'capa.submit': (input, actor, ctx) => support.submitCapa(ctx, actor, input),
    'capa.print': (input, _actor, ctx) => printCapaReport(ctx, input.id),
  }),
});
