import type { Kysely, Updateable } from 'kysely';
import type { Database, LossDeclarationTable } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import type { LossDeclarationRow } from './lossDeclarationRepository';

/** One change to a declaration: the row's fields (with updated_at) and its history line, in the caller's transaction. */
export async function changeLossDeclaration(
  trx: Kysely<Database>,
  row: LossDeclarationRow,
  actor: Actor,
  now: string,
  change: { action: string; summary: string; set: Updateable<LossDeclarationTable>; reason?: string | null },
): Promise<void> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, after] of Object.entries(change.set)) {
    const before = row[field as keyof LossDeclarationRow];
    // ID numbers never enter the history in full: it is read by more people than the record page.
    if (before !== after && !field.endsWith('id_number')) changes[field] = [before, after];
  }
  await trx
    .updateTable('loss_declarations')
    .set({ ...change.set, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  await appendHistory(trx, {
    entity: 'lossDeclaration',
    entityId: row.id,
    at: now,
    staffId: actor.staffId,
    action: change.action,
    summary: change.summary,
    changes,
    reason: change.reason ?? null,
  });
}
