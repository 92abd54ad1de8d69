import { defineFeature } from '../../modules/feature';
import { callContract } from '../../../../shared/domain/calls/callContract';
import * as calls from './callService';
import { callToComplaint, callToRepair } from './callConversions';
import { printCallDay } from './callPrint';
import { exportCalls } from '../../exports/lists/callExport';

/** The call log (LD-…). */
export const callLedger = defineFeature({
  name: 'calls',
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
    'calls.export': (input, actor, ctx) => exportCalls(ctx, actor, input),
  }),
});
