import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { insertRow } from '../../../electron/app/db/preparedInsert';

/** An insert compiled once per shape: each row lands with its own values and answers its own id. */
describe('a prepared insert', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('answers each row’s id and stores its values, a column given as undefined left out', async () => {
    const { db } = office.app.ctx;
    const ids: number[] = [];
    for (const name of ['甲部', '乙部', '丙部']) ids.push(await insertRow(db, 'departments', { id: undefined, name, active: 1, sort_order: 90 }));
    const rows = await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', ids).orderBy('id').execute();
    expect(rows).toEqual([
      { id: ids[0], name: '甲部' },
      { id: ids[1], name: '乙部' },
      { id: ids[2], name: '丙部' },
    ]);
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses a value that is not bound as a parameter', async () => {
    const { db } = office.app.ctx;
    await expect(insertRow(db, 'departments', { name: sql<string>`'丁部'` as unknown as string, active: 1, sort_order: 91 })).rejects.toThrow(/bound one per column/);
  });
});
