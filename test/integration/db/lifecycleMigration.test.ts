import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openDatabase } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
import { migrations } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';

/** A database the foundation release wrote (schema 1, no passwords, unchained history) upgraded by 0002. */
describe('migration 0002 on a foundation database', () => {
  const data = tempDataDir();
  afterEach(() => data.remove());

  it('keeps the records, gives them a deadline, chains their history and asks for the first manager', async () => {
    const file = join(data.dir, databaseFileName);
    const v1 = openDatabase(file);
    await migrate(v1.db, { now: () => '2026-11-01T09:00:00', migrations: migrations.slice(0, 1) });
    await sql`insert into departments (name) values ('客户服务部')`.execute(v1.db);
    await sql`insert into staff (name, department_id, role) values ('王经理', 1, 'manager')`.execute(v1.db);
    await sql`insert into complaints (number, received_at, channel, content, category, severity, status, receiver_staff_id, created_by, created_at, updated_at)
      values ('TS-202611-0001', '2026-11-02T09:00:00', 'phone', '漏水', 'maintenance', 'general', 'accepted', 1, 1, '2026-11-02T09:01:00', '2026-11-02T09:01:00')`.execute(v1.db);
    for (const action of ['受理', '打印']) {
      await sql`insert into record_history (entity, entity_id, at, staff_id, action, summary) values ('complaint', 1, '2026-11-02T09:01:00', 1, ${action}, ${action})`.execute(v1.db);
    }
    await v1.close();

    const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    try {
      // 0002 and every migration after it, in order.
      expect(app.migration.applied).toEqual(migrations.slice(1).map((migration) => migration.name));
      const status = await app.call('auth.status', {});
      expect(status).toMatchObject({ needsSetup: true, setupCandidates: [{ name: '王经理' }] });
      await app.call('auth.setup', { staffId: status.setupCandidates[0]!.staffId, password: 'lin-2468' });
      const detail = await app.call('complaints.get', { id: 1 });
      expect(detail.complaint).toMatchObject({ number: 'TS-202611-0001', dueAt: '2026-11-05T23:59:59', round: 0, extensionCount: 0 });
      expect(detail.history.map((entry) => [entry.action, entry.revision])).toEqual([['受理', 0], ['打印', 0]]);
      expect(await app.call('audit.verify', {})).toEqual({ ok: true, checked: 2, breaks: [] });
    } finally {
      await app.close();
    }
  });
});
