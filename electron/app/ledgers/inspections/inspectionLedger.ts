import { defineFeature } from '../../modules/feature';
import { inspectionContract } from '../../../../shared/domain/inspections/inspectionContract';
import * as inspections from './inspectionService';
import { printInspection } from '../../forms/inspectionForm';
import { exportInspections } from '../../exports/lists/inspectionExport';

/** Inspections (XC-…) made for a complaint. */
export const inspectionLedger = defineFeature({
  name: 'inspections',
  channels: inspectionContract,
  handlers: () => ({
    'inspections.create': (input, actor, ctx) => inspections.createInspection(ctx, actor, input),
    'inspections.edit': (input, actor, ctx) => inspections.editInspection(ctx, actor, input),
    'inspections.list': (input, _actor, ctx) => inspections.listInspections(ctx, input),
    'inspections.get': (input, _actor, ctx) => inspections.getInspection(ctx, input.id),
    'inspections.print': (input, _actor, ctx) => printInspection(ctx, input.id),
    'inspections.export': (input, actor, ctx) => exportInspections(ctx, actor, input),
  }),
});
