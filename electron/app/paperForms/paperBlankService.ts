import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { DomainError } from '../../../shared/contract/errors';
import { paperBlankKinds, paperNumberOf, type PaperBlank, type PaperBlankKind } from '../../../shared/domain/paperForms/paperForms';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import { nextRecordNumber } from '../numbering/recordNumbers';
import { findPaperBlank, insertPaperBlank, markPaperBlankUsed, markPaperBlankVoided, toPaperBlank } from './paperBlankRepository';

/**
 * Numbers for blank paper forms come from the office's own sequence, in the transaction that reserves them: a
 * record created meanwhile takes the next one, so there are neither gaps nor repeats.
 */
export async function reservePaperNumbers(db: Kysely<Database>, actor: Actor, now: string, kind: PaperBlankKind, numbering: RecordNumbering, count: number): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const number = await nextRecordNumber(db, numbering, now);
    await insertPaperBlank(db, { number, kind, reserved_at: now, reserved_by: actor.staffId });
    numbers.push(number);
  }
  return numbers;
}

/** The blank a clerk typed or scanned the number of; refused when there is none. */
export async function findBlank(db: Kysely<Database>, entered: string): Promise<PaperBlank> {
  const number = paperNumberOf(entered);
  const row = number ? await findPaperBlank(db, number) : undefined;
  if (!row) throw new DomainError('not_found', `没有预留编号 ${number ?? entered.trim()} 的空白表单`, 'paperNumber');
  return toPaperBlank(row);
}

/**
 * The number a record entered from a paper form takes: the paper's own, reserved for this kind of form and not
 * yet used or voided. Called in the transaction that inserts the record; `register` inserts it and answers its id.
 */
export async function takePaperNumber(db: Kysely<Database>, kind: PaperBlankKind, entered: string): Promise<{ number: string; use(recordId: number, at: string): Promise<void> }> {
  const blank = await findBlank(db, entered);
  if (blank.kind !== kind) throw new DomainError('rule', `${blank.number} 是${paperBlankKinds[blank.kind]}的编号,不能用于${paperBlankKinds[kind]}`, 'paperNumber');
  if (blank.status === 'used') throw new DomainError('conflict', `纸质表单 ${blank.number} 已录入`, 'paperNumber');
  if (blank.status === 'voided') throw new DomainError('rule', `纸质表单编号 ${blank.number} 已作废:${blank.voidReason ?? ''}`, 'paperNumber');
  return { number: blank.number, use: (recordId, at) => markPaperBlankUsed(db, blank.id, recordId, at) };
}

/** A reserved number never used: voided with a reason, so the sequence's gap is accounted for. */
export async function voidPaperBlank(db: Kysely<Database>, actor: Actor, now: string, entered: string, reason: string): Promise<PaperBlank> {
  const blank = await findBlank(db, entered);
  if (blank.status !== 'reserved') throw new DomainError('rule', `纸质表单编号 ${blank.number} ${blank.status === 'used' ? '已录入' : '已作废'},不能作废`, 'entered');
  await markPaperBlankVoided(db, blank.id, reason, actor.staffId, now);
  return toPaperBlank((await findPaperBlank(db, blank.number))!);
}
