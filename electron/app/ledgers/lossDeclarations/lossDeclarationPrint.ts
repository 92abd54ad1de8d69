import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { printForm } from '../../forms/printService';
import { lossDeclarationFormDefinition, lossDeclarationFormTitle, lossOutcomeCopyDefinition, type PrintedIdentity } from '../../forms/lossDeclarationForm';
import { DomainError } from '../../../../shared/contract/errors';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';
import type { lossPrintInput } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import type { PrintedForm } from '../../../../shared/domain/records';
import { findLossDeclarationRow, toLossDeclarationRecord } from './lossDeclarationRepository';

/**
 * Print the declaration (一式贰份) or the outcome copy b)/c). Whether the paper shows the full ID numbers is
 * chosen for each print and written into the record's history with who printed it.
 */
export async function printLossDeclaration(ctx: AppContext, actor: Actor, input: z.output<typeof lossPrintInput>): Promise<PrintedForm> {
  const row = await findLossDeclarationRow(ctx.db, input.id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  if (row.status === 'voided') throw new DomainError('conflict', `遗失声明 ${row.number} 已作废,不能打印`);
  const outcomeCopy = input.copy === 'outcome';
  if (outcomeCopy && row.outcome !== 'receiptCopy' && row.outcome !== 'invoiceCopy') {
    throw new DomainError('rule', '只有办结为 b) 收据遗失或 c) 发票遗失(不退款)的声明才打印交客户留存的复印件');
  }
  const record = await toLossDeclarationRecord(ctx.db, row);
  const show = (value: string) => (input.fullIdNumber ? value : maskIdNumber(value));
  const who: PrintedIdentity = {
    idNumber: show(row.id_number),
    agentIdNumber: row.agent_id_number ? show(row.agent_id_number) : null,
    phone: input.fullIdNumber ? row.phone : maskPhone(row.phone),
  };
  const kind = outcomeCopy ? '复印件' : '一式贰份';
  const printed = await printForm(ctx, `${row.number}-${lossDeclarationFormTitle.replace('、', '')}-${kind}.pdf`, (office, guard, printedAt) =>
    outcomeCopy ? lossOutcomeCopyDefinition(office, record, who, guard, printedAt) : lossDeclarationFormDefinition(office, record, who, guard, printedAt),
    // Only the masked paper is what archives carry; one showing full ID numbers is not kept.
    input.fullIdNumber ? undefined : { form: outcomeCopy ? 'lossOutcome' : 'lossDeclaration', id: row.id },
  );
  await appendHistory(ctx.db, {
    entity: 'lossDeclaration',
    entityId: row.id,
    at: ctx.clock.now(),
    staffId: actor.staffId,
    action: '打印',
    summary: `打印${lossDeclarationFormTitle}(${kind}),身份证号${input.fullIdNumber ? '完整显示' : '隐去中间位'}`,
  });
  return printed;
}
