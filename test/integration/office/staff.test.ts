import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('staff', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('are saved with their department name, role and phone', async () => {
    const saved = await office.app.call('staff.save', {
      name: '李犇',
      departmentId: office.engineering.id,
      role: 'manager',
      phone: '0755-12345678',
    });
    expect(saved).toEqual({
      id: expect.any(Number),
      name: '李犇',
      departmentId: office.engineering.id,
      departmentName: '工程部(运行维护部)',
      role: 'manager',
      phone: '0755-12345678',
      active: true,
      hasPassword: false,
    });
    expect(await office.app.call('staff.list', {})).toContainEqual(saved);
  });

  it('are listed by department order, then in the order they were added', async () => {
    await office.app.call('staff.save', { name: '赵师傅', departmentId: office.engineering.id, role: 'clerk' });
    const list = await office.app.call('staff.list', {});
    // The first manager (客户服务部, created at first start) comes first; 工程部's worker 李犇 was added before 赵师傅.
    expect(list.map((staff) => staff.name)).toEqual(['林经理', '王堃', '周珺', '李犇', '赵师傅']);
  });

  it('are updated in place', async () => {
    const updated = await office.app.call('staff.save', {
      id: office.clerk.id,
      name: '王堃',
      departmentId: office.engineering.id,
      role: 'supervisor',
      phone: '',
      active: false,
    });
    expect(updated).toEqual({
      id: office.clerk.id,
      name: '王堃',
      departmentId: office.engineering.id,
      departmentName: '工程部(运行维护部)',
      role: 'supervisor',
      phone: null,
      active: false,
      hasPassword: true,
    });
    const list = await office.app.call('staff.list', {});
    expect(list).toHaveLength(4);
    expect(list.find((staff) => staff.id === office.clerk.id)).toEqual(updated);
  });

  it('answer not_found for a department that does not exist, and store nothing', async () => {
    const answer = await office.app.invoke('staff.save', { name: '张昇', departmentId: 999, role: 'clerk' });
    expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: '所选部门不存在,请刷新后重选', field: 'departmentId' } });
    expect(await office.app.call('staff.list', {})).toHaveLength(4);
  });

  it('answer not_found for a staff member that does not exist', async () => {
    const answer = await office.app.invoke('staff.save', { id: 999, name: '张昇', departmentId: office.engineering.id, role: 'clerk' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await office.app.call('staff.list', {})).toHaveLength(4);
  });
});
