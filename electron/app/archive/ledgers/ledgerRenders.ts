import type { AppContext } from '../../context';
import { renderFormCached } from '../../forms/printService';
import { revisitFormDefinition } from '../../forms/revisitForm';
import { lossDeclarationFormDefinition, lossOutcomeCopyDefinition } from '../../forms/lossDeclarationForm';
import { findRevisit, revisitAttempts } from '../../ledgers/revisits/revisitRepository';
import { describeSubject } from '../../ledgers/revisits/revisitPlanning';
import { findLossDeclarationRow, toLossDeclarationRecord } from '../../ledgers/lossDeclarations/lossDeclarationRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';

/*
 * The ledgers' printed forms as bytes only, like renderComplaintForm: no file a clerk sees under prints/, no viewer,
 * no history row. The print channels note who printed what; an archive prints nothing for anyone. Each form has
 * its slot in the form cache (formCache.ts), shared with its print channel: an unchanged form is not rendered again.
 */

export async function renderRevisitForm(ctx: AppContext, id: number): Promise<Buffer> {
  const revisit = await findRevisit(ctx.db, id);
  if (!revisit) throw new DomainError('not_found', '该回访记录不存在');
  const subject = await describeSubject(ctx, revisit.subjectKind, revisit.subjectId);
  const attempts = await revisitAttempts(ctx.db, id);
  const kindLabel = ctx.ledgers.revisitSubject(revisit.subjectKind).label;
  return renderFormCached(ctx, { form: 'revisit', id }, (office, guard, printedAt) => revisitFormDefinition(office, { revisit, subject, attempts, kindLabel }, guard, printedAt));
}

/**
 * The declaration (or the outcome copy b/c) with ID numbers and phone masked: the PDF travels in every archive,
 * full or not, and the NDJSON already keeps the full values for head office.
 */
export async function renderLossDeclaration(ctx: AppContext, id: number, copy: 'declaration' | 'outcome'): Promise<Buffer> {
  const row = await findLossDeclarationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  const record = await toLossDeclarationRecord(ctx.db, row);
  const who = { idNumber: maskIdNumber(row.id_number), agentIdNumber: row.agent_id_number ? maskIdNumber(row.agent_id_number) : null, phone: maskPhone(row.phone) };
  const layout = copy === 'outcome' ? lossOutcomeCopyDefinition : lossDeclarationFormDefinition;
  return renderFormCached(ctx, { form: copy === 'outcome' ? 'lossOutcome' : 'lossDeclaration', id }, (office, guard, printedAt) => layout(office, record, who, guard, printedAt));
}
