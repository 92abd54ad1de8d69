import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settableClock } from '../../../electron/app/clock';
import { databaseFileName } from '../../../electron/app/openApp';
import { channelNames, channels } from '../../../shared/contract/channels';
import { openEmptyApp, openTestOffice, staffPassword, testManager, type EmptyApp, type TestOffice } from '../../helpers/testApp';

describe('signing in at the desk', () => {
  let empty: EmptyApp | undefined;
  let office: TestOffice | undefined;
  afterEach(async () => {
    await empty?.close();
    await office?.close();
    empty = office = undefined;
  });

  it('starts by creating the first manager account, once', async () => {
    empty = await openEmptyApp({ signedIn: false });
    const app = empty.app;
    expect(await app.call('auth.status', {})).toMatchObject({ needsSetup: true, signedIn: null, accounts: [] });
    expect(await app.invoke('departments.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: '请先登录' } });

    const first = await app.call('auth.setup', { name: '林经理', password: 'lin-2468' });
    expect(first.staff).toMatchObject({ name: '林经理', role: 'manager', departmentName: '客户服务部' });
    expect(await app.call('auth.status', {})).toMatchObject({ needsSetup: false, signedIn: { name: '林经理' } });
    expect(await app.invoke('auth.setup', { name: '冒名者', password: '1357' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps only a salted scrypt hash, never the password', async () => {
    office = await openTestOffice();
    const raw = new Database(join(office.dataDir, databaseFileName), { readonly: true });
    try {
      const hashes = raw.prepare('select password_hash from staff where password_hash is not null').pluck().all() as string[];
      expect(hashes).toHaveLength(4);
      for (const hash of hashes) {
        expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
        expect(hash).not.toContain(staffPassword);
      }
      // Same password, different salt.
      const staffHashes = raw.prepare('select password_hash from staff where role != ?').pluck().all('manager') as string[];
      expect(new Set(staffHashes).size).toBe(3);
    } finally {
      raw.close();
    }
  });

  it('signs a person in with their own password and attributes what they do to them', async () => {
    office = await openTestOffice();
    const app = office.app;
    const wrong = await app.invoke('auth.signIn', { staffId: office.clerk.id, password: 'wrong-pass' });
    expect(wrong).toEqual({ ok: false, error: { code: 'unauthenticated', message: '姓名或密码不正确', field: 'password' } });
    const unknown = await app.invoke('auth.signIn', { staffId: 999, password: staffPassword });
    expect(unknown).toMatchObject({ ok: false, error: { message: '姓名或密码不正确' } });

    const signedIn = await app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword });
    expect(signedIn).toEqual({
      staff: { staffId: office.clerk.id, name: '王堃', role: 'clerk', departmentName: '客户服务部' },
      openAlerts: 0,
      failedSignIns: [],
      mustChangePassword: false,
    });
    const complaint = await app.call('complaints.create', {
      complainantName: '陈喆', receivedAt: '2026-11-23T09:30', channel: 'phone', content: '电梯异响', category: 'maintenance', severity: 'general',
    });
    expect(complaint.receiverName).toBe('王堃');
    await app.call('auth.signOut', {});
    expect(await app.invoke('complaints.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('locks after the idle time on its own clock, keeping who it was for', async () => {
    const clock = settableClock();
    clock.set('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
    const app = office.app;
    await app.call('settings.save', { ...(await app.call('settings.get', {})), idleLockMinutes: 10 });
    await app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword });
    clock.set('2026-11-23T10:09:00');
    await app.call('complaints.list', {});
    clock.set('2026-11-23T10:18:00'); // 9 minutes after the last call: still awake
    await app.call('complaints.list', {});
    clock.set('2026-11-23T10:25:00');
    await app.call('desk.today', {}); // the desk's own refresh is not activity
    clock.set('2026-11-23T10:28:30');
    expect(await app.invoke('complaints.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: '屏幕已锁定,请重新登录' } });
    expect(await app.call('auth.status', {})).toMatchObject({ signedIn: null, lockedFor: { name: '王堃' } });
  });

  it('answers the lock button at once, and a disabled account can no longer act', async () => {
    office = await openTestOffice();
    const app = office.app;
    await app.call('auth.lock', {});
    expect(await app.call('auth.status', {})).toMatchObject({ signedIn: null, lockedFor: { name: testManager.name } });
    await app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword });
    const { id, name, departmentId, role } = office.clerk;
    await office.asSupervisor.call('staff.save', { id, name, departmentId, role, active: false });
    expect(await app.invoke('complaints.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: '该账号已停用,请换人登录' } });
  });

  it('lets people change their own password, and only a manager set a manager’s', async () => {
    office = await openTestOffice();
    expect(await office.asClerk.invoke('auth.changePassword', { current: 'nope', next: 'new-pass' })).toMatchObject({ ok: false, error: { field: 'current' } });
    await office.asClerk.call('auth.changePassword', { current: staffPassword, next: 'new-pass' });
    expect(await office.app.invoke('auth.signIn', { staffId: office.clerk.id, password: staffPassword })).toMatchObject({ ok: false });
    await office.app.call('auth.signIn', { staffId: office.clerk.id, password: 'new-pass' });

    const manager = (await office.app.call('auth.status', {})).accounts.find((account) => account.role === 'manager')!;
    const refused = await office.asSupervisor.invoke('staff.setPassword', { staffId: manager.staffId, password: 'taken-over' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { id, departmentId } = office.supervisor;
    const promoted = await office.asSupervisor.invoke('staff.save', { id, name: '周珺', departmentId, role: 'manager' });
    expect(promoted).toMatchObject({ ok: false, error: { code: 'forbidden', message: '经理/主任的账号只能由经理/主任设置' } });
    const demoted = await office.asSupervisor.invoke('staff.save', { id: manager.staffId, name: '林经理', departmentId, role: 'clerk' });
    expect(demoted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('staff.setPassword', { staffId: office.clerk.id, password: 'reset-pass' });
    await office.app.call('auth.signIn', { staffId: office.clerk.id, password: 'reset-pass' });
  });

  it('enforces each channel’s role in the main process, before reading the input', async () => {
    office = await openTestOffice();
    const supervisorOnly = channelNames.filter((name) => channels[name].access === 'supervisor');
    const managerOnly = channelNames.filter((name) => channels[name].access === 'manager');
    expect(supervisorOnly).toEqual(expect.arrayContaining(['complaints.review', 'complaints.void', 'settings.save', 'office.save', 'staff.save']));
    expect(managerOnly).toEqual(expect.arrayContaining(['alerts.acknowledge', 'backup.restore', 'headOffice.import', 'approvals.save']));
    for (const name of [...supervisorOnly, ...managerOnly]) {
      const answer = await office.asClerk.invoke(name, {});
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('当前登录的是 王堃') } });
    }
    for (const name of managerOnly) {
      expect(await office.asSupervisor.invoke(name, { id: 1 }), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Head office's own channels are refused on an office's folder whoever calls (headOfficeMode.test.ts).
    for (const name of supervisorOnly.filter((channel) => channels[channel].folder !== 'headOffice')) {
      const answer = await office.asSupervisor.invoke(name, {});
      expect(answer.ok || answer.error.code !== 'forbidden', name).toBe(true);
    }
  });
});
