import { defineFeature } from '../modules/feature';
import { paperFormContract } from '../../../shared/domain/paperForms/paperFormContract';
import { paperBlankKinds, type PaperBlankKind } from '../../../shared/domain/paperForms/paperForms';
import { complaintNumbering } from '../../../shared/domain/complaints/complaint';
import { repairNumbering } from '../../../shared/domain/repairs/repair';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import { blankComplaintFormDefinition } from '../ledgers/complaints/complaintApi';
import { blankRepairFormDefinition } from '../ledgers/repairs/repairApi';
import { printForm } from '../forms/printService';
import { blankBatchDefinition } from './blankForms';
import { findBlank, reservePaperNumbers, voidPaperBlank } from './paperBlankService';
import { listPaperBlanks, toPaperBlank } from './paperBlankRepository';

/** Each kind of blank: the sequence its numbers come from and the form it prints. */
const blanks: Record<PaperBlankKind, { numbering: RecordNumbering; form: typeof blankComplaintFormDefinition }> = {
  complaint: { numbering: complaintNumbering, form: blankComplaintFormDefinition },
  repair: { numbering: repairNumbering, form: blankRepairFormDefinition },
};

/** 空白纸质表单: a supervisor reserves numbers and prints the blanks; a number never used is voided with a reason. */
export const paperFormModule = defineFeature({
  name: 'paperForms',
  channels: paperFormContract,
  handlers: () => ({
    'paperForms.reserve': async (input, actor, ctx) => {
      const { numbering, form } = blanks[input.kind];
      const numbers = await reservePaperNumbers(ctx.db, actor, ctx.clock.now(), input.kind, numbering, input.count);
      const fileName = `空白${paperBlankKinds[input.kind]}-${numbers[0]}至${numbers.at(-1)}.pdf`;
      return printForm(ctx, fileName, (office, guard, printedAt) => blankBatchDefinition(office, numbers, guard, printedAt, form));
    },
    'paperForms.list': async (input, _actor, ctx) => (await listPaperBlanks(ctx.db, input.status ?? null)).map(toPaperBlank),
    'paperForms.find': (input, _actor, ctx) => findBlank(ctx.db, input.entered),
    'paperForms.void': (input, actor, ctx) => voidPaperBlank(ctx.db, actor, ctx.clock.now(), input.entered, input.reason),
  }),
});
