import { defineFeature } from '../../modules/feature';
import { lossDeclarationContract } from '../../../../shared/domain/lossDeclarations/lossDeclarationContract';
import * as loss from './lossDeclarationService';
import * as lossOutcome from './lossOutcomeService';
import { printLossDeclaration } from './lossDeclarationPrint';
import { exportLossDeclarations } from '../../exports/lists/lossDeclarationExport';

/** Receipt and invoice loss declarations (YS-…). */
export const lossDeclarationLedger = defineFeature({
  name: 'lossDeclarations',
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
    'lossDeclarations.export': (input, actor, ctx) => exportLossDeclarations(ctx, actor, input),
  }),
});
