import { defineLedger } from '../ledger';
import { complaintListExport } from './complaintExport';
import { capaReportNumbering, complaintNumbering } from '../../../../shared/domain/complaints/complaint';
import { complaintRoomHistory } from './complaintRoomHistory';
import { complaintArchiveLedger } from '../../archive/ledgers/complaintArchive';
import { complaintFormTitle } from '../../forms/complaintForm';
import { renderCapaReport, renderComplaintForm } from '../../forms/printService';
import { capaReportFormTitle } from '../../forms/capaReportForm';
import { complaintRevisitSubject } from '../revisits/complaintRevisitSubject';
import { complaintSection } from '../../statistics/complaints/complaintSection';
import { complaintContract } from '../../../../shared/domain/complaints/complaintContract';
import * as complaints from './complaintService';
import * as process from './processService';
import * as support from './supportService';
import { printCapaReport, printComplaintForm } from '../../forms/printService';

/** The complaint ledger (TS-…) with its process, CAPA reports (JZ-…) and signed scans. */
export const complaintLedger = defineLedger({
  name: 'complaints',
  label: '投诉',
  numbering: [complaintNumbering, capaReportNumbering],
  roomHistory: complaintRoomHistory,
  archive: complaintArchiveLedger,
  listExports: { 'complaints.export': complaintListExport },
  forms: [
    { form: 'complaint', title: complaintFormTitle, render: (ctx, id) => renderComplaintForm(ctx, Number(id)) },
    { form: 'capaReport', title: capaReportFormTitle, render: (ctx, id) => renderCapaReport(ctx, Number(id)) },
  ],
  revisitSubject: complaintRevisitSubject,
  statistics: complaintSection,
  channels: complaintContract,
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
    'complaints.requestExtension': (input, actor, ctx) => support.requestExtension(ctx, actor, input),
    'complaints.decideExtension': (input, actor, ctx) => support.decideExtension(ctx, actor, input),
    'complaints.attachSignedScan': (input, actor, ctx) => support.attachSignedScan(ctx, actor, input),
    'complaints.waiveSignedScan': (input, actor, ctx) => support.waiveSignedScan(ctx, actor, input),
    'complaints.requestCapa': (input, actor, ctx) => support.requestCapa(ctx, actor, input),
    'attachments.get': (input, _actor, ctx) => support.getAttachment(ctx, input.id),
    'capa.submit': (input, actor, ctx) => support.submitCapa(ctx, actor, input),
    'capa.print': (input, _actor, ctx) => printCapaReport(ctx, input.id),
  }),
});
