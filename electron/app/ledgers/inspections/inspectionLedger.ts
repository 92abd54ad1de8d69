import { defineLedger } from '../ledger';
import { inspectionListExport } from './inspectionExport';
import { inspectionNumbering } from '../../../../shared/domain/inspections/inspection';
import { inspectionRoomHistory } from './inspectionRoomHistory';
import { inspectionArchiveLedger } from './inspectionArchive';
import { inspectionFormTitle, printInspection, renderInspectionForm } from './inspectionForm';
import { inspectionContract } from '../../../../shared/domain/inspections/inspectionContract';
import * as inspections from './inspectionService';

/** Inspections (XC-…) made for a complaint. */
export const inspectionLedger = defineLedger({
  name: 'inspections',
  label: '巡查',
  numbering: [inspectionNumbering],
  roomHistory: inspectionRoomHistory,
  archive: inspectionArchiveLedger,
  listExports: { 'inspections.export': inspectionListExport },
  forms: [
    { form: 'inspection', title: inspectionFormTitle, render: (ctx, id) => renderInspectionForm(ctx, Number(id)) },
  ],
  channels: inspectionContract,
  handlers: () => ({
    'inspections.create': (input, actor, ctx) => inspections.createInspection(ctx, actor, input),
    'inspections.edit': (input, actor, ctx) => inspections.editInspection(ctx, actor, input),
    'inspections.list': (input, _actor, ctx) => inspections.listInspections(ctx, input),
    'inspections.get': (input, _actor, ctx) => inspections.getInspection(ctx, input.id),
    'inspections.print': (input, _actor, ctx) => printInspection(ctx, input.id),
  }),
});
