import { defineLedger } from '../ledger';
import { lossDeclarationListExport } from './lossDeclarationExport';
import { lossDeclarationNumbering } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { lossDeclarationRoomHistory } from './lossDeclarationRoomHistory';
import { lossDeclarationArchiveLedger } from './lossDeclarationArchive';
import { lossDeclarationFormTitle, printLossDeclaration, renderLossDeclaration } from './lossDeclarationForm';
import { lossDeclarationSection } from './lossDeclarationSection';
import { lossDeclarationImportKind } from './lossDeclarationImport';
import { lossDeclarationContract } from '../../../../shared/domain/lossDeclarations/lossDeclarationContract';
import * as loss from './lossDeclarationService';
import * as lossOutcome from './lossOutcomeService';

/** Receipt and invoice loss declarations (YS-…). */
export const lossDeclarationLedger = defineLedger({
  name: 'lossDeclarations',
  label: '遗失声明',
  numbering: [lossDeclarationNumbering],
  roomHistory: lossDeclarationRoomHistory,
  archive: lossDeclarationArchiveLedger,
  listExports: { 'lossDeclarations.export': lossDeclarationListExport },
  forms: [
    { form: 'lossDeclaration', title: lossDeclarationFormTitle, render: (ctx, id) => renderLossDeclaration(ctx, Number(id), 'declaration') },
    { form: 'lossOutcome', title: `${lossDeclarationFormTitle}(复印件)`, render: (ctx, id) => renderLossDeclaration(ctx, Number(id), 'outcome') },
  ],
  statistics: lossDeclarationSection,
  imports: [lossDeclarationImportKind],
  channels: lossDeclarationContract,
  handlers: () => ({
    'lossDeclarations.create': (input, actor, ctx) => loss.createLossDeclaration(ctx, actor, input),
    'lossDeclarations.list': (input, _actor, ctx) => loss.listLossDeclarations(ctx, input),
    'lossDeclarations.get': (input, _actor, ctx) => loss.getLossDeclaration(ctx, input.id),
    'lossDeclarations.revealId': (input, actor, ctx) => loss.revealIdNumber(ctx, actor, input),
    'lossDeclarations.attach': (input, actor, ctx) => lossOutcome.attachLossFile(ctx, actor, input),
    'lossDeclarations.recordStub': (input, actor, ctx) => lossOutcome.recordStub(ctx, actor, input),
    'lossDeclarations.decideOutcome': (input, actor, ctx) => lossOutcome.decideLossOutcome(ctx, actor, input),
    'lossDeclarations.void': (input, actor, ctx) => loss.voidLossDeclaration(ctx, actor, input),
    'lossDeclarations.print': (input, actor, ctx) => printLossDeclaration(ctx, actor, input),
  }),
});
