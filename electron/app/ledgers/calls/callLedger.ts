import { defineLedger } from '../ledger';
import { callListExport } from './callExport';
import { callNumbering } from '../../../../shared/domain/calls/call';
import { callRoomHistory } from './callRoomHistory';
import { callArchiveLedger } from './callArchive';
import { callLogFormTitle, printCallDay, renderCallDay } from './callLogForm';
import { callContract } from '../../../../shared/domain/calls/callContract';
import * as calls from './callService';
import { callToComplaint, callToRepair } from './callConversions';
import { callImportKind } from './callImport';

/** The call log (LD-…). */
export const callLedger = defineLedger({
  name: 'calls',
  label: '来电',
  numbering: [callNumbering],
  roomHistory: callRoomHistory,
  archive: callArchiveLedger,
  listExports: { 'calls.export': callListExport },
  forms: [
    { form: 'callDay', title: callLogFormTitle, render: (ctx, date) => renderCallDay(ctx, String(date)) },
  ],
  imports: [callImportKind],
  channels: callContract,
  handlers: () => ({
    'calls.create': (input, actor, ctx) => calls.createCall(ctx, actor, input),
    'calls.list': (input, _actor, ctx) => calls.listCalls(ctx, input),
    'calls.get': (input, _actor, ctx) => calls.getCall(ctx, input.id),
    'calls.answer': (input, actor, ctx) => calls.answerCall(ctx, actor, input),
    'calls.toRepair': (input, actor, ctx) => callToRepair(ctx, actor, input),
    'calls.toComplaint': (input, actor, ctx) => callToComplaint(ctx, actor, input),
    'calls.linked': (input, _actor, ctx) => calls.linkedCalls(ctx, input),
    'calls.printDay': (input, _actor, ctx) => printCallDay(ctx, input.date),
  }),
});
