import type { AppContext } from '../../context';
import { printForm } from '../../forms/printService';
import { revisitFormDefinition, revisitFormTitle } from '../../forms/revisitForm';
import { DomainError } from '../../../../shared/contract/errors';
import type { PrintedForm } from '../../../../shared/domain/records';
import { findRevisit, revisitAttempts } from './revisitRepository';
import { describeSubject } from './revisitPlanning';

/** 回访记录表: a planned revisit prints blank for the hand to fill in, a done one with what was recorded. */
export async function printRevisitForm(ctx: AppContext, id: number): Promise<PrintedForm> {
  const revisit = await findRevisit(ctx.db, id);
  if (!revisit) throw new DomainError('not_found', '该回访记录不存在');
  const subject = await describeSubject(ctx, revisit.subjectKind, revisit.subjectId);
  const attempts = await revisitAttempts(ctx.db, id);
  const kindLabel = ctx.ledgers.revisitSubject(revisit.subjectKind).label;
  return printForm(ctx, `${revisit.number}-${revisitFormTitle}.pdf`, (office, guard, printedAt) =>
    revisitFormDefinition(office, { revisit, subject, attempts, kindLabel }, guard, printedAt),
    { form: 'revisit', id },
  );
}
