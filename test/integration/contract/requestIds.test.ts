import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { bridgeKeyHeader, startBridge, type RunningBridge } from '../../../electron/bridge/server';
import type { Result } from '../../../shared/contract/errors';
import { complaintIntake, openTestOffice, staffPassword, testManager, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';

/** A POST as the browser's client sends it: the input as JSON, the request id in its header. */
function post(bridge: RunningBridge, channel: string, input: unknown, requestId?: string): Promise<Result<{ id: number; number?: string }>> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(input);
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: `/ipc/${channel}`,
        headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', [bridgeKeyHeader]: bridge.key, ...(requestId && { 'x-request-id': requestId }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A write's request id: its repeat — sent at the same moment (a double-click), or later, even after a restart — gets
 * the first answer and changes nothing; the id belongs to its channel and its person.
 */
describe('request ids on write calls', () => {
  let office: TestOffice;
  let bridge: RunningBridge;
  const complaintCount = async () => (await office.app.call('complaints.list', {})).items.length;

  beforeAll(async () => {
    office = await openTestOffice();
    bridge = await startBridge({ invoke: (...args) => office.app.invoke(...args), staticDir: office.dataDir, port: 0 });
  });
  afterAll(async () => {
    await bridge.close();
    await office.close();
  });

  it('answers two identical requests sent at once with one record', async () => {
    const before = await complaintCount();
    const id = 'double-click-0001';
    const [first, second] = await Promise.all([post(bridge, 'complaints.create', complaintIntake(office), id), post(bridge, 'complaints.create', complaintIntake(office), id)]);
    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    expect(await complaintCount()).toBe(before + 1);
  });

  it('answers a later repeat of a step with the first answer: one work order', async () => {
    const complaint = await office.app.call('complaints.create', complaintIntake(office));
    const first = await post(bridge, 'complaints.dispatch', steps.dispatch(office, complaint.id), 'dispatch-0001');
    const again = await post(bridge, 'complaints.dispatch', steps.dispatch(office, complaint.id), 'dispatch-0001');
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const record = await office.app.call('complaints.get', { id: complaint.id });
    expect(record.workOrders).toHaveLength(1);
  });

  it('still answers the repeat after a restart', async () => {
    const before = await complaintCount();
    const first = await post(bridge, 'complaints.create', complaintIntake(office, { content: '重启前登记的投诉' }), 'before-restart-01');
    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T10:30:00') });
    const manager = (await office.app.call('auth.status', {})).accounts.find((account) => account.name === testManager.name)!;
    await office.app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password });
    const again = await post(bridge, 'complaints.create', complaintIntake(office, { content: '重启前登记的投诉' }), 'before-restart-01');
    expect(again).toEqual(first);
    expect(await complaintCount()).toBe(before + 1);
  });

  it('runs a repeat of a refused request again, and stores nothing for it', async () => {
    const before = await complaintCount();
    const refused = await post(bridge, 'complaints.create', complaintIntake(office, { content: '' }), 'fix-and-retry-01');
    expect(refused.ok).toBe(false);
    const saved = await post(bridge, 'complaints.create', complaintIntake(office, { content: '改正后再保存' }), 'fix-and-retry-01');
    expect(saved.ok).toBe(true);
    expect(await complaintCount()).toBe(before + 1);
  });

  it('refuses an id used for another channel or by another person, and a malformed id, in Chinese', async () => {
    await post(bridge, 'complaints.create', complaintIntake(office), 'taken-by-manager');
    const otherChannel = await post(bridge, 'calls.create', { matter: '咨询停水时间' }, 'taken-by-manager');
    expect(otherChannel).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('请求编号已用于另一项操作') } });
    const clerk = await office.app.as(office.clerk.id).invoke('complaints.create', complaintIntake(office), 'taken-by-manager');
    expect(clerk).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const malformed = await post(bridge, 'complaints.create', complaintIntake(office), 'x');
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '请求编号格式不正确,操作未执行。请刷新页面后重试。' } });
  });

  it('never replays a sign-in', async () => {
    const clerk = { staffId: office.clerk.id, password: staffPassword };
    expect((await office.app.invoke('auth.signIn', clerk, 'sign-in-0001')).ok).toBe(true);
    const wrong = await office.app.invoke('auth.signIn', { ...clerk, password: 'wrong-pass' }, 'sign-in-0001');
    expect(wrong.ok).toBe(false);
  });
});
