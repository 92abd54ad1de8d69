import { defineLedger } from '../ledger';
import { revisitQueueListExport } from './revisitQueueExport';
import { revisitNumbering } from '../../../../shared/domain/revisits/revisit';
import { revisitRoomHistory } from './revisitRoomHistory';
import { revisitArchiveLedger } from './revisitArchive';
import { printRevisitForm, renderRevisitForm, revisitFormTitle } from './revisitForm';
import { revisitContract } from '../../../../shared/domain/revisits/revisitContract';
import * as revisits from './revisitService';
import { revisitQueue } from './revisitQueue';
import { getRevisitWindows, saveRevisitWindows } from './revisitPlanning';
import { auditedSettingsChange } from '../../settings/settingsService';

/** Revisits (HF-…) of finished complaints and repairs. */
export const revisitLedger = defineLedger({
  name: 'revisits',
  label: '回访',
  numbering: [revisitNumbering],
  roomHistory: revisitRoomHistory,
  archive: revisitArchiveLedger,
  listExports: { 'revisits.exportQueue': revisitQueueListExport },
  forms: [
    { form: 'revisit', title: revisitFormTitle, render: (ctx, id) => renderRevisitForm(ctx, Number(id)) },
  ],
  channels: revisitContract,
  handlers: () => ({
    'revisits.queue': (input, actor, ctx) => revisitQueue(ctx, actor, input.first),
    'revisits.get': (input, actor, ctx) => revisits.getRevisit(ctx, actor, input.id),
    'revisits.start': (input, actor, ctx) => revisits.startRevisit(ctx, actor, input.subjectKind, input.subjectId),
    'revisits.plan': (input, actor, ctx) => revisits.planRevisit(ctx, actor, input),
    'revisits.logAttempt': (input, actor, ctx) => revisits.logAttempt(ctx, actor, input),
    'revisits.record': (input, actor, ctx) => revisits.recordRevisit(ctx, actor, input),
    'revisits.print': (input, _actor, ctx) => printRevisitForm(ctx, input.id),
    'revisits.windows': (_input, _actor, ctx) => getRevisitWindows(ctx.db),
    'revisits.saveWindows': (input, actor, ctx) => auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `回访时间窗口:${JSON.stringify(input)}`, (trx) => saveRevisitWindows(trx, input)),
  }),
});
