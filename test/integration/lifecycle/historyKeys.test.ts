import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { lossIntake } from '../../helpers/lossDeclaration';
import { inTransaction } from '../../../electron/app/db/transaction';
import { appendHistory } from '../../../electron/app/history/historyRepository';

/** Loss declarations wrote their history under column names until every ledger shared one change step. */
describe('history rows written with column names (snake_case)', () => {
  let office: TestOffice;
  let id: number;
  const oldChanges: Record<string, [unknown, unknown]> = { stub_found_at: [null, '2026-11-25T15:30'], stub_found_by: [null, 3], stub_note: [null, '记账联第 0012345 号'] };
  beforeEach(async () => {
    office = await openTestOffice();
    ({ id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office)));
    // As an older version wrote it: its own key format, sealed into the chain.
    await inTransaction(office.app.ctx.db, (trx) =>
      appendHistory(trx, {
        entity: 'lossDeclaration',
        entityId: id,
        at: '2026-11-25T15:31:00',
        staffId: office.supervisor.id,
        action: '登记记账联',
        summary: '财务找到记账联',
        changes: oldChanges,
      }),
    );
  });
  afterEach(() => office.close());

  const storedRow = () => office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'lossDeclaration').where('entity_id', '=', id).orderBy('id', 'desc').executeTakeFirstOrThrow();

  it('reads them in camelCase on the record page, and leaves the stored row and its hash as they were', async () => {
    const before = await storedRow();
    const detail = await office.app.call('lossDeclarations.get', { id });
    expect(detail.history.at(-1)!.changes).toEqual([
      { field: 'stubFoundAt', before: null, after: '2026-11-25T15:30' },
      { field: 'stubFoundBy', before: null, after: 3 },
      { field: 'stubNote', before: null, after: '记账联第 0012345 号' },
    ]);
    expect(await storedRow()).toEqual(before);
    expect(JSON.parse(before.changes!)).toEqual(oldChanges);
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
  });

  it('carries them into archives exactly as stored, so each row still seals to its hash', async () => {
    const stored = await storedRow();
    const archived = await office.app.ctx.ledgers.archive('lossDeclarations')!.load(office.app.ctx, id);
    expect(archived.history.at(-1)).toMatchObject({ changes: oldChanges, prevHash: stored.prev_hash, hash: stored.hash });
  });
});
