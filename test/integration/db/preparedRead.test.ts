import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { preparedRead } from '../../../electron/app/db/preparedRead';

/** A read compiled once and run with each call's values: the answers are those of the query built anew. */
describe('a prepared read', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('runs with each call’s values in their places, alongside the query’s own constants', async () => {
    const { db } = office.app.ctx;
    let builds = 0;
    const staffLike = preparedRead((kysely, params: { role: string; name: string; limit: number }) => {
      builds++;
      return kysely
        .selectFrom('staff')
        .select(['name', 'role'])
        .where('role', '=', params.role)
        .where('active', '=', 1)
        .where((eb) => eb.or([eb('name', '=', params.name), eb('role', '!=', 'nobody')]))
        .orderBy('id')
        .limit(params.limit);
    });
    const fresh = (role: string, name: string, limit: number) =>
      db.selectFrom('staff').select(['name', 'role']).where('role', '=', role).where('active', '=', 1).where((eb) => eb.or([eb('name', '=', name), eb('role', '!=', 'nobody')])).orderBy('id').limit(limit).execute();
    for (const [role, name, limit] of [['clerk', '王堃', 10], ['manager', 'x', 10], ['clerk', 'y', 1], ['nobody', 'z', 5]] as const) {
      expect(await staffLike(db, { role, name, limit })).toEqual(await fresh(role, name, limit));
    }
    expect((await staffLike(db, { role: 'clerk', name: '', limit: 10 })).length).toBeGreaterThan(0);
    expect(builds).toBe(1);
  });

  it('refuses a value changed or written into the SQL before it reaches the query', async () => {
    const { db } = office.app.ctx;
    const derived = preparedRead((kysely, params: { from: string }) => kysely.selectFrom('staff').select('id').where('name', '>=', `${params.from}T00:00:00`));
    await expect(derived(db, { from: '2026-11-01' })).rejects.toThrow(/changed/);
    const inlined = preparedRead((kysely, params: { name: string }) => kysely.selectFrom('staff').select('id').where(sql<boolean>`name = ${sql.lit(params.name)}`));
    await expect(inlined(db, { name: '王堃' })).rejects.toThrow(/SQL text/);
  });
});
