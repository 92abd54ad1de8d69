import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

interface Row {
  entity: string;
  entity_id: number;
  staff_id: number | null;
  action: string;
  summary: string;
  changes: string | null;
}

/**
 * Administration leaves a trace: replacing a room's owners, promoting a clerk, every account change is a history
 * row with who, when, before and after (phones masked). And there is always an active manager who can sign in.
 */
describe('administration in the history', () => {
  let office: TestOffice;
  beforeEach(async () => (office = await openTestOffice()));
  afterEach(() => office.close());

  function rows(entity: string): Row[] {
    const raw = new Database(join(office.dataDir, databaseFileName), { readonly: true });
    try {
      return raw.prepare('select entity, entity_id, staff_id, action, summary, changes from record_history where entity = ? order by id').all(entity) as Row[];
    } finally {
      raw.close();
    }
  }

  it('records a clerk replacing a room’s owners, before and after, phones masked', async () => {
    const { room, asClerk, clerk } = office;
    await asClerk.call('rooms.save', { id: room.id, building: '3', unit: '1', roomNo: '1502', owners: [{ name: '冒名', phone: '13700001111' }] });
    const last = rows('room').at(-1)!;
    expect(last).toMatchObject({ entity_id: room.id, staff_id: clerk.id, action: '修改房屋', summary: '王堃 修改了房屋 3-1-1502' });
    expect(JSON.parse(last.changes!)).toEqual({ owners: ['陈喆 139****5678', '冒名 137****1111'] });
    expect(last.changes).not.toMatch(/13912345678|13700001111/);
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
  });

  it('records a supervisor promoting a clerk and disabling an account', async () => {
    const { clerk, supervisor, asSupervisor } = office;
    await asSupervisor.call('staff.save', { id: clerk.id, name: clerk.name, departmentId: clerk.departmentId, role: 'supervisor', phone: clerk.phone });
    await asSupervisor.call('staff.save', { id: clerk.id, name: clerk.name, departmentId: clerk.departmentId, role: 'supervisor', phone: clerk.phone, active: false });
    const [promoted, disabled] = rows('staff').filter((row) => row.entity_id === clerk.id && row.action === '修改员工');
    expect(promoted).toMatchObject({ staff_id: supervisor.id, summary: '周珺 修改了员工 王堃(主管)' });
    expect(JSON.parse(promoted!.changes!)).toEqual({ role: ['前台/客服', '主管'] });
    expect(JSON.parse(disabled!.changes!)).toEqual({ active: ['在职', '停用'] });
  });

  it('keeps the only active manager from demoting or disabling themself', async () => {
    const { app, engineering } = office;
    const manager = (await app.call('auth.status', {})).signedIn!;
    const me = { id: manager.staffId, name: manager.name, departmentId: (await app.call('staff.list', {})).find((s) => s.id === manager.staffId)!.departmentId };
    expect(await app.invoke('staff.save', { ...me, role: 'supervisor' })).toMatchObject({ ok: false, error: { code: 'rule', field: 'role', message: expect.stringContaining('唯一在职的经理/主任') } });
    expect(await app.invoke('staff.save', { ...me, role: 'manager', active: false })).toMatchObject({ ok: false, error: { code: 'rule', field: 'active' } });
    // A second manager who cannot sign in yet is not enough.
    const second = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'manager' });
    expect(await app.invoke('staff.save', { ...me, role: 'supervisor' })).toMatchObject({ ok: false, error: { code: 'rule' } });
    await app.call('staff.setPassword', { staffId: second.id, password: 'li-ben-2468' });
    await app.call('staff.save', { ...me, role: 'supervisor' });
    expect(await app.call('auth.signIn', { staffId: second.id, password: 'li-ben-2468' })).toMatchObject({ staff: { role: 'manager' } });
  });
});
