import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settableClock, type SettableClock } from '../../../electron/app/clock';
import { databaseFileName } from '../../../electron/app/openApp';
import { openEmptyApp, openTestOffice, staffPassword, testManager, type EmptyApp, type TestOffice } from '../../helpers/testApp';

/** The history rows of one kind, read from the data file itself. */
function historyRows(dataDir: string, action: string): { staff_id: number | null; entity_id: number; summary: string; changes: string | null }[] {
  const raw = new Database(join(dataDir, databaseFileName), { readonly: true });
  try {
    return raw.prepare('select staff_id, entity_id, summary, changes from record_history where action = ? order by id').all(action) as never;
  } finally {
    raw.close();
  }
}

/**
 * A guessed PIN: every failure is counted and sealed into the history, a manager is shown them once, each account
 * waits longer after a few failures in a row (capped, so the only manager is never locked out for good), and a
 * supervisor's or manager's secret must be more than a PIN.
 */
describe('signing in against guessing', () => {
  let office: TestOffice | undefined;
  let empty: EmptyApp | undefined;
  let clock: SettableClock;
  afterEach(async () => {
    await office?.close();
    await empty?.close();
    office = empty = undefined;
  });

  async function startOffice() {
    clock = settableClock();
    clock.set('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
    return office;
  }

  it('counts each failure in the history and slows the account after three in a row', async () => {
    const { app, clerk, dataDir } = await startOffice();
    const attempt = (password: string) => app.invoke('auth.signIn', { staffId: clerk.id, password });
    expect(await attempt('0000')).toEqual({ ok: false, error: { code: 'unauthenticated', message: '姓名或密码不正确', field: 'password' } });
    expect(await attempt('0001')).toMatchObject({ ok: false, error: { message: '姓名或密码不正确' } });
    expect(await attempt('0002')).toMatchObject({ ok: false, error: { message: '姓名或密码不正确;已连续错误 3 次,请 15 秒后再试' } });
    // Within the wait even the right password is not checked.
    clock.set('2026-11-23T10:00:10');
    expect(await attempt(staffPassword)).toMatchObject({ ok: false, error: { message: '密码错误次数过多,请 5 秒后再试' } });
    clock.set('2026-11-23T10:00:15');
    expect(await attempt('0003')).toMatchObject({ ok: false, error: { message: '姓名或密码不正确;已连续错误 4 次,请 30 秒后再试' } });
    clock.set('2026-11-23T10:00:45');
    expect((await app.call('auth.signIn', { staffId: clerk.id, password: staffPassword })).staff.name).toBe('王堃');

    const failures = historyRows(dataDir, '登录失败');
    expect(failures.map((row) => row.summary)).toEqual([1, 2, 3, 4].map((n) => `王堃 登录时密码错误(连续第 ${n} 次)`));
    expect(failures.every((row) => row.entity_id === clerk.id && row.staff_id === null)).toBe(true);
    expect(await app.call('auth.signOut', {})).toBeNull();
    // A right password ended the run: the next failure is the first again.
    expect(await attempt('0004')).toMatchObject({ ok: false, error: { message: '姓名或密码不正确' } });
    const manager = (await app.call('auth.status', {})).accounts.find((account) => account.role === 'manager')!;

    // The manager is shown each account's failures once, at the next sign-in.
    const shown = await app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password });
    expect(shown.failedSignIns).toEqual([{ staffName: '王堃', count: 5, lastAt: '2026-11-23T10:00:45' }]);
    expect(await app.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
    expect((await app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password })).failedSignIns).toEqual([]);
    // A clerk is never shown them.
    await attempt('0005');
    expect((await app.call('auth.signIn', { staffId: clerk.id, password: staffPassword })).failedSignIns).toEqual([]);
  });

  it('doubles the wait up to a quarter of an hour, and the only manager can always sign in after it', async () => {
    const { app } = await startOffice();
    const manager = (await app.call('auth.status', {})).accounts.find((account) => account.role === 'manager')!;
    await app.call('auth.signOut', {});
    let now = Date.parse('2026-11-23T10:00:00Z');
    const waits: string[] = [];
    for (let guess = 0; guess < 12; guess += 1) {
      const answer = await app.invoke('auth.signIn', { staffId: manager.staffId, password: `guess-${guess}` });
      waits.push(answer.ok ? 'signed in' : answer.error.message.replace(/^.*请 (.*)后再试$/, '$1'));
      // Wait exactly as long as told (the cap is 15 minutes), never less.
      now += 15 * 60_000;
      clock.set(new Date(now).toISOString().slice(0, 19));
    }
    expect(waits.slice(2)).toEqual(['15 秒', '30 秒', '1 分钟', '2 分钟', '4 分钟', '8 分钟', '15 分钟', '15 分钟', '15 分钟', '15 分钟']);
    // Guessing at full speed now means one guess per quarter of an hour; the manager still gets in.
    expect((await app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password })).staff.role).toBe('manager');
  });

  it('wants more than a PIN from a supervisor or a manager, and makes a weak one be changed first', async () => {
    const { app, clerk, supervisor, dataDir } = await startOffice();
    const weak = await app.invoke('staff.setPassword', { staffId: supervisor.id, password: '24681357' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'rule', field: 'password', message: '主管和经理/主任的密码至少 8 位,且不能全是数字' } });
    expect(await app.invoke('staff.setPassword', { staffId: supervisor.id, password: 'zhou-1' })).toMatchObject({ ok: false, error: { code: 'rule' } });
    await app.call('staff.setPassword', { staffId: clerk.id, password: '2468' });

    // A clerk with a PIN promoted to supervisor: signed in, nothing works until the PIN is replaced.
    await app.call('staff.save', { id: clerk.id, name: clerk.name, departmentId: clerk.departmentId, role: 'supervisor', phone: clerk.phone });
    expect(await app.call('auth.signIn', { staffId: clerk.id, password: '2468' })).toMatchObject({ mustChangePassword: true });
    expect(await app.invoke('complaints.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('请先修改密码') } });
    expect(await app.invoke('auth.changePassword', { current: '2468', next: '13572468' })).toMatchObject({ ok: false, error: { code: 'rule', field: 'next' } });
    await app.call('auth.changePassword', { current: '2468', next: 'wang-2468' });
    expect(await app.invoke('complaints.list', {})).toMatchObject({ ok: true });
    expect(historyRows(dataDir, '修改密码').map((row) => row.summary)).toEqual(['王堃 修改了自己的密码']);
  });

  it('refuses a PIN for the first manager', async () => {
    empty = await openEmptyApp({ signedIn: false });
    expect(await empty.app.invoke('auth.setup', { name: '林经理', password: '2468' })).toMatchObject({ ok: false, error: { code: 'rule', field: 'password' } });
    expect(await empty.app.call('auth.status', {})).toMatchObject({ needsSetup: true });
  });

  it('writes who set whose password, never the password, and keeps a supervisor off a peer’s', async () => {
    const { app, clerk, supervisor, asSupervisor, dataDir } = await startOffice();
    const peer = await app.call('staff.save', { name: '郑主管', departmentId: supervisor.departmentId, role: 'supervisor' });
    await app.call('staff.setPassword', { staffId: peer.id, password: 'zheng-pass' });
    expect(await asSupervisor.invoke('staff.setPassword', { staffId: peer.id, password: 'taken-over' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: '同级或上级的密码只能由经理/主任设置' },
    });
    await asSupervisor.call('staff.setPassword', { staffId: clerk.id, password: 'reset-2468' });
    const rows = historyRows(dataDir, '设置密码');
    expect(rows.at(-1)).toMatchObject({ staff_id: supervisor.id, entity_id: clerk.id, summary: '周珺 为 王堃 设置了新密码', changes: null });
    expect(JSON.stringify(rows)).not.toMatch(/reset-2468|zheng-pass|taken-over|staff-pass/);
  });
});
