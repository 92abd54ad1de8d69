import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openDatabase } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
import { migrations } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';

/** A database the lifecycle release wrote (revisits of complaints only) upgraded by 0004. */
describe('migration 0004 on a lifecycle database', () => {
  const data = tempDataDir();
  afterEach(() => data.remove());

  it('keeps each complaint revisit readable, as a done revisit with its reached try, and plans the waiting ones', async () => {
    const file = join(data.dir, databaseFileName);
    const v2 = openDatabase(file);
    await migrate(v2.db, { now: () => '2026-11-01T09:00:00', migrations: migrations.filter((migration) => migration.version <= 2) });
    await sql`insert into departments (name) values ('客户服务部')`.execute(v2.db);
    await sql`insert into staff (name, department_id, role, password_hash) values ('王经理', 1, 'manager', null)`.execute(v2.db);
    for (const [number, status, due] of [['TS-202611-0001', 'resolved', '2026-11-10T23:59:59'], ['TS-202611-0002', 'awaitingRevisit', '2026-11-28T23:59:59']]) {
      await sql`insert into complaints (number, received_at, channel, complainant_name, room_label, content, category, severity, status, receiver_staff_id, created_by, created_at, updated_at, reviewed_by, reviewed_at, revisit_due_at)
        values (${number}, '2026-11-02T09:00:00', 'phone', '陈喆', '3-1-1502', '漏水', 'maintenance', 'general', ${status}, 1, 1, '2026-11-02T09:01:00', '2026-11-21T10:00:00', 1, '2026-11-03T10:00:00', ${due})`.execute(v2.db);
    }
    await sql`insert into revisits (complaint_id, method, revisitor_staff_id, revisited_at, feedback, satisfaction, reopened, created_by, created_at)
      values (1, 'phone', 1, '2026-11-05T09:30:00', '已修好,满意', 'satisfied', 0, 1, '2026-11-05T09:31:00')`.execute(v2.db);
    await v2.close();

    const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    try {
      expect(app.migration.applied).toContain('0004_revisits');
      const manager = (await app.call('auth.status', {})).setupCandidates[0]!;
      await app.call('auth.setup', { staffId: manager.staffId, password: 'lin-2468' });
      expect((await app.call('complaints.get', { id: 1 })).revisits).toEqual([
        { id: 1, method: 'phone', revisitorName: '王经理', revisitedAt: '2026-11-05T09:30:00', feedback: '已修好,满意', satisfaction: 'satisfied', reopened: false },
      ]);
      const old = await app.call('revisits.get', { id: 1 });
      expect(old.revisit).toMatchObject({ number: 'HF-202611-0001', subjectKind: 'complaint', subjectId: 1, status: 'done', ownerOpinion: '已修好,满意' });
      expect(old.attempts.map((attempt) => [attempt.outcome, attempt.attemptedAt])).toEqual([['reached', '2026-11-05T09:30:00']]);
      const queue = await app.call('revisits.queue', {});
      expect(queue.items.map((item) => [item.subjectNumber, item.revisitId, item.dueAt, item.timing])).toEqual([['TS-202611-0002', 2, '2026-11-28T23:59:59', 'due']]);
      // The month's counter goes on after the carried-over numbers.
      const planned = await app.call('revisits.plan', { subjectKind: 'complaint', subjectId: 1, windowFrom: '2026-11-24T00:00', dueAt: '2026-11-30T18:00', reason: '业主要求' });
      expect(planned.revisit.number).toBe('HF-202611-0003');
    } finally {
      await app.close();
    }
  });
});
