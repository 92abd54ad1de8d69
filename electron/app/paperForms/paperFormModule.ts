import { defineFeature } from '../modules/feature';
import { paperFormContract } from '../../../shared/domain/paperForms/paperFormContract';
import { callSheetRows, paperBlankKinds, type PaperBlankKind } from '../../../shared/domain/paperForms/paperForms';
import { complaintNumbering } from '../../../shared/domain/complaints/complaint';
import { repairNumbering } from '../../../shared/domain/repairs/repair';
import { callNumbering } from '../../../shared/domain/calls/call';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import { blankComplaintFormDefinition } from '../ledgers/complaints/complaintApi';
import { blankRepairFormDefinition } from '../ledgers/repairs/repairApi';
import { blankCallLogDefinition } from '../ledgers/calls/callApi';
import { printForm } from '../forms/printService';
import { blankBatchDefinition, type BlankSheet } from './blankForms';
import { findBlank, reservePaperNumbers, voidPaperBlank } from './paperBlankService';
import { listPaperBlanks, toPaperBlank } from './paperBlankRepository';

/** Each kind of blank: the sequence its numbers come from, how many a sheet takes, and the sheet it prints. */
const blanks: Record<PaperBlankKind, { numbering: RecordNumbering; perSheet: number; sheet: BlankSheet }> = {
  complaint: { numbering: complaintNumbering, perSheet: 1, sheet: (office, [number], guard, at) => blankComplaintFormDefinition(office, number!, guard, at) },
  repair: { numbering: repairNumbering, perSheet: 1, sheet: (office, [number], guard, at) => blankRepairFormDefinition(office, number!, guard, at) },
  call: { numbering: callNumbering, perSheet: callSheetRows, sheet: blankCallLogDefinition },
};

/** 空白纸质表单: a supervisor reserves numbers and prints the blanks; a number never used is voided with a reason. */
export const paperFormModule = defineFeature({
  name: 'paperForms',
  channels: paperFormContract,
  handlers: () => ({
    'paperForms.reserve': async (input, actor, ctx) => {
      const { numbering, perSheet, sheet } = blanks[input.kind];
      const numbers = await reservePaperNumbers(ctx.db, actor, ctx.clock.now(), input.kind, numbering, input.count * perSheet);
      const sheets = Array.from({ length: input.count }, (_, i) => numbers.slice(i * perSheet, (i + 1) * perSheet));
      const fileName = `空白${paperBlankKinds[input.kind]}-${numbers[0]}至${numbers.at(-1)}.pdf`;
      return printForm(ctx, fileName, (office, guard, printedAt) => blankBatchDefinition(office, sheets, guard, printedAt, sheet));
    },
    'paperForms.list': async (input, _actor, ctx) => (await listPaperBlanks(ctx.db, input.status ?? null)).map(toPaperBlank),
    'paperForms.find': (input, _actor, ctx) => findBlank(ctx.db, input.entered),
    'paperForms.void': (input, actor, ctx) => voidPaperBlank(ctx.db, actor, ctx.clock.now(), input.entered, input.reason),
  }),
});
