import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, type TestOffice } from '../../helpers/testApp';
import { openRepairOffice, repairIntake } from '../../helpers/repairs';
import { complaintAt } from '../../helpers/lifecycle';
import type { SettableClock } from '../../../electron/app/clock';

/**
 * archive.plan: what an export or a 月结 of a month would do, asked before it is done — the records, the ones still
 * open, whether the month is closed, the archives already made of it (in the office and in the folder).
 */
describe('archive plan', () => {
  let office: TestOffice & { clock: SettableClock };
  let out: string;
  beforeEach(async () => {
    office = await openRepairOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-plan-'));
  });
  afterEach(async () => {
    await office.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('counts the month’s records and names the open ones; records of another month are not counted', async () => {
    await complaintAt(office, 'archived');
    const open = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '地下车库灯不亮' }));
    const repair = await office.asClerk.call('repairs.create', repairIntake(office));
    await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-10-12T09:00', content: '十月的投诉' }));

    const plan = await office.asSupervisor.call('archive.plan', { period: { month: '2026-11' } });
    expect(plan.period).toEqual({ from: '2026-11-01', to: '2026-11-30', label: '2026-11' });
    // The archived complaint and its revisit, the open complaint, the repair.
    expect(plan.records).toBe(4);
    expect(plan.openTotal).toBe(2);
    expect(plan.openItems).toEqual([
      { ledger: 'complaint', id: open.id, number: open.number, statusLabel: '已受理' },
      { ledger: 'repair', id: repair.id, number: repair.number, statusLabel: '已登记' },
    ]);
    expect(plan.monthClosed).toBe(false);
    expect(plan.exportedAt).toEqual([]);
    // Without a folder nothing is looked up on disk.
    expect(plan.existingFiles).toEqual([]);
    expect(plan.nextFile).toBeNull();
    // No period asked: the last month with records, as the export takes it.
    expect((await office.asSupervisor.call('archive.plan', { period: null })).period.label).toBe('2026-11');
  });

  it('says there is nothing to archive before the first record', async () => {
    await expect(office.asSupervisor.call('archive.plan', { period: null })).rejects.toThrow('还没有任何记录');
  });

  it('says an archive of the month exists, in the office’s records and in the folder, and what the next file would be', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    const before = await office.asSupervisor.call('archive.plan', { period: { month: '2026-11' }, out });
    expect(before.existingFiles).toEqual([]);
    expect(before.nextFile).toBe(join(out, 'taizhang-JX01-2026-11.zip'));

    const started = await office.asSupervisor.call('archive.export', { out, period: { month: '2026-11' } });
    await waitForJob(started.jobId);
    expect(readdirSync(out)).toEqual(['taizhang-JX01-2026-11.zip']);

    const after = await office.asSupervisor.call('archive.plan', { period: { month: '2026-11' }, out });
    expect(after.existingFiles).toEqual(['taizhang-JX01-2026-11.zip']);
    expect(after.exportedAt).toEqual(['2026-11-23T10:00:00']);
    expect(after.nextFile).toBe(join(out, 'taizhang-JX01-2026-11-2.zip'));
    // Another month's archive is not this month's.
    const october = await office.asSupervisor.call('archive.plan', { period: { month: '2026-10' }, out });
    expect(october).toMatchObject({ records: 0, existingFiles: [], exportedAt: [] });
  });

  it('knows a closed month, and is for supervisors only', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    office.clock.set('2026-12-02T09:00:00');
    await office.asSupervisor.call('statistics.closeMonth', { month: '2026-11' });
    const plan = await office.asSupervisor.call('archive.plan', { period: { month: '2026-11' } });
    expect(plan).toMatchObject({ monthClosed: true, openTotal: 1 });
    // A range has no 月结 of its own.
    expect((await office.asSupervisor.call('archive.plan', { period: { from: '2026-11-01', to: '2026-11-15' } })).monthClosed).toBeNull();
    await expect(office.asClerk.call('archive.plan', { period: { month: '2026-11' } })).rejects.toThrow(/主管/);
  });

  async function waitForJob(jobId: string) {
    for (;;) {
      const job = await office.asSupervisor.call('archive.job', { jobId });
      if (job.state !== 'running') {
        expect(job.state).toBe('done');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
