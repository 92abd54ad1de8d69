import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app/openApp';
import { openEmptyApp, type EmptyApp } from '../../helpers/testApp';

// DOMAIN.md "People and places", in its order.
const domainDefaults = ['客户服务部', '工程部(运行维护部)', '秩序维护部(保安部)', '保洁部', '绿化部', '会所', '财务部', '营销部'];

describe('departments', () => {
  let empty: EmptyApp;
  let app: App;

  beforeEach(async () => {
    empty = await openEmptyApp();
    app = empty.app;
  });
  afterEach(() => empty.close());

  async function reopen(): Promise<void> {
    app = await empty.reopen();
  }

  it('start with the eight defaults of the domain, active and in order', async () => {
    const departments = await app.call('departments.list', {});
    expect(departments.map((department) => department.name)).toEqual(domainDefaults);
    expect(departments.every((department) => department.active)).toBe(true);
    expect(departments.map((department) => department.sortOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('are created once: reopening does not add them again', async () => {
    await reopen();
    await reopen();
    expect((await app.call('departments.list', {})).map((department) => department.name)).toEqual(domainDefaults);
  });

  it('are not brought back once the office has renamed or stopped them', async () => {
    for (const department of await app.call('departments.list', {})) {
      await app.call('departments.save', { id: department.id, name: `${department.name}(旧)`, active: false });
    }
    await reopen();
    const departments = await app.call('departments.list', {});
    expect(departments).toHaveLength(8);
    expect(departments.every((department) => department.name.endsWith('(旧)') && !department.active)).toBe(true);
  });

  it('can be added at the end of the list', async () => {
    const added = await app.call('departments.save', { name: '工程外包组' });
    expect(added).toMatchObject({ name: '工程外包组', active: true, sortOrder: 9 });
    expect((await app.call('departments.list', {})).at(-1)).toEqual(added);
  });

  it('can be renamed and stopped, keeping their id', async () => {
    const [first] = await app.call('departments.list', {});
    const renamed = await app.call('departments.save', { id: first!.id, name: '客服中心', active: false });
    expect(renamed).toEqual({ id: first!.id, name: '客服中心', active: false, sortOrder: first!.sortOrder });
    // Saving a department under its own name is no conflict.
    expect(await app.call('departments.save', { id: first!.id, name: '客服中心', active: true })).toMatchObject({ active: true });
  });

  it('refuse a second department with the same name as a conflict', async () => {
    const answer = await app.invoke('departments.save', { name: ' 保洁部 ' });
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: '已有名为“保洁部”的部门', field: 'name' } });

    const greening = (await app.call('departments.list', {})).find((department) => department.name === '绿化部')!;
    const rename = await app.invoke('departments.save', { id: greening.id, name: '保洁部' });
    expect(rename).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    expect((await app.call('departments.list', {})).map((department) => department.name)).toEqual(domainDefaults);
  });

  it('answer not_found when the department to change does not exist', async () => {
    const answer = await app.invoke('departments.save', { id: 999, name: '新部门' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.call('departments.list', {})).toHaveLength(8);
  });
});
