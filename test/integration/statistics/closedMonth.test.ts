import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStatisticsFixture, type StatisticsFixture } from '../../helpers/statisticsFixture';
import { testManager } from '../../helpers/testApp';
import { pdfText } from '../../helpers/pdf';
import type { Caller } from '../../../electron/app/openApp';

let fixture: StatisticsFixture;
let manager: Caller;

beforeAll(async () => {
  fixture = await openStatisticsFixture();
  const staff = await fixture.office.asSupervisor.call('staff.list', {});
  manager = fixture.office.app.as(staff.find((member) => member.name === testManager.name)!.id);
}, 60_000);
afterAll(() => fixture?.office.close());

async function printedText(name: string): Promise<string> {
  const printed = await fixture.office.asClerk.call('statistics.print', { from: '2026-10' });
  const file = join(fixture.office.dataDir, name);
  writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
  return pdfText(file);
}

const engineeringLabel = (report: Awaited<ReturnType<Caller['call']>>) =>
  (report as { tables: { key: string; rows: { key: string; label: string }[] }[] }).tables
    .find((table) => table.key === 'complaints.department')!
    .rows.find((row) => row.key === `department-${fixture.office.engineering.id}`)!.label;

describe('closing a month', () => {
  it('only a supervisor closes, and only a month that is over', async () => {
    await expect(fixture.office.asClerk.call('statistics.closeMonth', { month: '2026-10' })).rejects.toThrow(/主管/);
    await expect(fixture.office.asSupervisor.call('statistics.closeMonth', { month: '2026-11' })).rejects.toThrow('尚未结束');
  });

  it('freezes the figures and labels: a department renamed later does not rewrite the report, which reprints identically', async () => {
    const before = await fixture.office.asClerk.call('statistics.report', { from: '2026-10' });
    const closed = await fixture.office.asSupervisor.call('statistics.closeMonth', { month: '2026-10' });
    expect(closed).toMatchObject({ month: '2026-10', status: 'closed', closedByName: '周珺' });
    const firstPrint = await printedText('first.pdf');

    const oldName = fixture.office.engineering.name;
    await fixture.office.asSupervisor.call('departments.save', { id: fixture.office.engineering.id, name: '工程维修部' });
    // A case closed after the month was closed would change the live figures; the frozen ones stay.
    fixture.clock.set('2026-11-24T09:00:00');
    await fixture.office.asSupervisor.call('complaints.void', { id: (await fixture.office.asClerk.call('complaints.list', { q: fixture.numbers.G })).items[0]!.id, reason: '业主撤回' });

    const frozen = await fixture.office.asClerk.call('statistics.report', { from: '2026-10' });
    expect(engineeringLabel(frozen)).toBe(oldName);
    expect(frozen.tables).toEqual(before.tables);
    expect(frozen.closed).toEqual({ closedAt: '2026-11-23T10:00:00', closedByName: '周珺' });
    const secondPrint = await printedText('second.pdf');
    expect(secondPrint).toBe(firstPrint);
    expect(secondPrint).toContain(oldName);
    expect(secondPrint).toContain('已月结');

    // A range that is not one closed month is computed afresh, with today's names.
    const live = await fixture.office.asClerk.call('statistics.report', { from: '2026-09', to: '2026-10' });
    expect(engineeringLabel(live)).toBe('工程维修部');
  });

  it('reopening is the manager’s, with a reason, in the audit history; then the figures are live again', async () => {
    await expect(fixture.office.asSupervisor.call('statistics.reopenMonth', { month: '2026-10', reason: '补录漏登投诉' })).rejects.toThrow(/经理/);
    await expect(manager.call('statistics.reopenMonth', { month: '2026-10', reason: '' })).rejects.toThrow('原因');
    const reopened = await manager.call('statistics.reopenMonth', { month: '2026-10', reason: '补录漏登投诉' });
    expect(reopened).toMatchObject({ status: 'reopened', reopenedByName: testManager.name, reopenReason: '补录漏登投诉' });
    const live = await fixture.office.asClerk.call('statistics.report', { from: '2026-10' });
    expect(live.closed).toBeNull();
    expect(engineeringLabel(live)).toBe('工程维修部');
    expect(live.tables.find((table) => table.key === 'complaints.overview')!.rows[0]!.current.value).toBe(5);

    const history = await fixture.office.app.ctx.db
      .selectFrom('record_history')
      .select(['action', 'summary', 'reason'])
      .where('entity', '=', 'statisticsMonth')
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { action: '月结', summary: '2026年10月统计月结,数据与名称冻结', reason: null },
      { action: '重新开放', summary: '2026年10月统计重新开放:补录漏登投诉', reason: '补录漏登投诉' },
    ]);
    expect((await fixture.office.asSupervisor.call('audit.verify', {})).ok).toBe(true);
    expect(await fixture.office.asClerk.call('statistics.months', {})).toHaveLength(1);
  });
});
