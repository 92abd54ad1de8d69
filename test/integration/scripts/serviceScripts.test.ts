import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { scriptSituationKeys } from '../../../shared/domain/scripts/serviceScripts';

/** 话术: seeded from seeds 001 and 000 篇6, read by anyone at the desk, changed only by a supervisor and audited. */
describe('service scripts (话术)', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('come seeded with the phrases of the seeds, for every situation, in panel order', async () => {
    const scripts = await office.asClerk.call('scripts.list', {});
    const texts = scripts.map((script) => script.text);
    expect(texts).toContain('我非常理解您的心情,希望我们心平气和地交谈,将问题尽快解决。');
    expect(texts).toContain('对不起,您提的问题我马上给您查一下,请您留下电话号码,我查清楚后马上给您复电话,您看行吗?');
    expect(texts.some((text) => text.startsWith('非常抱歉,之前的服务没有很好地帮助到您'))).toBe(true);
    expect(texts).toContain('谢谢您的来电,再见!');
    expect(texts.some((text) => text.includes('讲普通话'))).toBe(true);
    expect(new Set(scripts.map((script) => script.situation))).toEqual(new Set(scriptSituationKeys));
    const ranks = scripts.map((script) => scriptSituationKeys.indexOf(script.situation));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('are added, edited, reordered and disabled by a supervisor, each change in the audit history', async () => {
    const added = await office.asSupervisor.call('scripts.save', { situation: 'greeting', title: '报姓名', text: '您好,我是客服小周,很高兴为您服务。' });
    const greetings = () => office.asClerk.call('scripts.list', {}).then((all) => all.filter((script) => script.situation === 'greeting').map((script) => script.title));
    expect(await greetings()).toEqual(['接听第一句', '请对方稍等', '报姓名']);

    await office.asSupervisor.call('scripts.move', { id: added.id, direction: 'up' });
    await office.asSupervisor.call('scripts.move', { id: added.id, direction: 'up' });
    await office.asSupervisor.call('scripts.move', { id: added.id, direction: 'up' }); // already first: stays, unaudited
    expect(await greetings()).toEqual(['报姓名', '接听第一句', '请对方稍等']);

    await office.asSupervisor.call('scripts.save', { id: added.id, situation: 'greeting', title: '报姓名', text: '您好,我是客服周珺。' });
    await office.asSupervisor.call('scripts.save', { id: added.id, situation: 'greeting', title: '报姓名', text: '您好,我是客服周珺。', active: false });
    expect(await greetings()).toEqual(['接听第一句', '请对方稍等']);
    const all = await office.asSupervisor.call('scripts.list', { includeInactive: true });
    expect(all.find((script) => script.id === added.id)).toMatchObject({ active: false, text: '您好,我是客服周珺。' });

    const settingsHistory = await office.app.ctx.db
      .selectFrom('record_history')
      .innerJoin('staff', 'staff.id', 'record_history.staff_id')
      .select(['record_history.summary', 'staff.name'])
      .where('entity', '=', 'settings')
      .orderBy('record_history.id')
      .execute();
    expect(settingsHistory.map((row) => row.name)).toEqual(Array(5).fill('周珺'));
    expect(settingsHistory.map((row) => row.summary)).toEqual([
      '话术:新增 接听问候「报姓名」:您好,我是客服小周,很高兴为您服务。',
      '话术:「报姓名」上移',
      '话术:「报姓名」上移',
      '话术:修改 接听问候「报姓名」:您好,我是客服周珺。',
      '话术:停用 接听问候「报姓名」',
    ]);
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuse a clerk, changing nothing', async () => {
    const [first] = await office.asClerk.call('scripts.list', {});
    const refused = await office.asClerk.invoke('scripts.save', { id: first!.id, situation: first!.situation, title: first!.title, text: '随便说说', active: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.asClerk.invoke('scripts.move', { id: first!.id, direction: 'down' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.asClerk.invoke('scripts.save', { situation: 'greeting', title: '新', text: '新话术' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await office.asClerk.call('scripts.list', {}))[0]).toEqual(first);
    const history = await office.app.ctx.db.selectFrom('record_history').select('id').where('entity', '=', 'settings').execute();
    expect(history).toEqual([]);
  });
});
