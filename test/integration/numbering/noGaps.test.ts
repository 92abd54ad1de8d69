import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { rowCounts } from '../../helpers/sqliteFile';

const tables = ['complaints', 'record_sequences', 'record_history'] as const;

describe('a creation that does not complete', () => {
  let office: TestOffice;
  let file: string;
  let log: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    // The boundary logs unexpected errors with the console.error it was given when the app opened.
    log = vi.spyOn(console, 'error').mockImplementation(() => {});
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
    await office.app.call('complaints.create', complaintIntake(office));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await office.close();
  });

  it('leaves no gap when a rule refuses it', async () => {
    const before = rowCounts(file, tables);

    const refused = await office.app.invoke('complaints.create', complaintIntake(office, { targetDepartmentId: 999 }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found', field: 'targetDepartmentId' } });

    expect(rowCounts(file, tables)).toEqual(before);
    expect((await office.app.call('complaints.create', complaintIntake(office))).number).toBe('TS-202611-0002');
    // A broken rule is the clerk's to fix, not an error for the log.
    expect(log).not.toHaveBeenCalled();
  });

  it('leaves no gap when it fails after its number was taken, and keeps nothing of it', async () => {
    // The last write of a creation is its history row; make exactly that fail, after the number and the complaint.
    await sql`create trigger fail_history before insert on record_history
      begin select raise(abort, 'disk said no'); end`.execute(office.app.ctx.db);
    const before = rowCounts(file, tables);
    const sequenceBefore = await office.app.ctx.db.selectFrom('record_sequences').select('last_value').executeTakeFirstOrThrow();

    const failed = await office.app.invoke('complaints.create', complaintIntake(office, { content: '这一条不会保存' }));
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('数据未做改动') } });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('disk said no');

    expect(rowCounts(file, tables)).toEqual(before);
    expect(await office.app.ctx.db.selectFrom('record_sequences').select('last_value').executeTakeFirstOrThrow()).toEqual(sequenceBefore);
    const kept = await office.app.ctx.db.selectFrom('complaints').select('content').where('content', '=', '这一条不会保存').execute();
    expect(kept).toEqual([]);

    await sql`drop trigger fail_history`.execute(office.app.ctx.db);
    expect((await office.app.call('complaints.create', complaintIntake(office))).number).toBe('TS-202611-0002');
  });
});
