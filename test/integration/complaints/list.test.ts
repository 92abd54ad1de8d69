import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('the complaint list', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  const create = (overrides: Parameters<typeof complaintIntake>[1]) => office.app.call('complaints.create', complaintIntake(office, overrides));

  it('shows the newest receipt first, whatever order they were registered in', async () => {
    await create({ receivedAt: '2026-11-20T14:00', content: '第二新' });
    await create({ receivedAt: '2026-11-01T08:00', content: '最旧' });
    await create({ receivedAt: '2026-11-23T09:00', content: '最新' });
    const page = await office.app.call('complaints.list', {});
    expect(page.items.map((item) => item.contentExcerpt)).toEqual(['最新', '第二新', '最旧']);
  });

  it('shows the oldest first when asked, ties broken by registration', async () => {
    const tieFirst = await create({ receivedAt: '2026-11-01T08:00', content: '同时甲' });
    const tieSecond = await create({ receivedAt: '2026-11-01T08:00', content: '同时乙' });
    await create({ receivedAt: '2026-11-23T09:00', content: '最新' });
    const page = await office.app.call('complaints.list', { order: 'oldest' });
    expect(page.items.map((item) => item.id).slice(0, 2)).toEqual([tieFirst.id, tieSecond.id]);
    expect(page.items.at(-1)?.contentExcerpt).toBe('最新');
  });

  it('puts the later registration first when two were received at the same minute', async () => {
    const earlier = await create({ receivedAt: '2026-11-23T09:00' });
    const later = await create({ receivedAt: '2026-11-23T09:00' });
    const page = await office.app.call('complaints.list', {});
    expect(page.items.map((item) => item.id)).toEqual([later.id, earlier.id]);
  });

  it('pages through all of them with the total on every page', async () => {
    for (let day = 1; day <= 12; day += 1) await create({ receivedAt: `2026-11-${String(day).padStart(2, '0')}T09:00`, content: `第${day}日` });
    const first = await office.app.call('complaints.list', { pageSize: 5 });
    const second = await office.app.call('complaints.list', { pageSize: 5, page: 2 });
    const third = await office.app.call('complaints.list', { pageSize: 5, page: 3 });
    const fourth = await office.app.call('complaints.list', { pageSize: 5, page: 4 });
    expect([first.total, second.total, third.total, fourth.total]).toEqual([12, 12, 12, 12]);
    expect(second).toMatchObject({ page: 2, pageSize: 5 });
    expect(first.items.map((item) => item.contentExcerpt)).toEqual(['第12日', '第11日', '第10日', '第9日', '第8日']);
    expect(second.items.map((item) => item.contentExcerpt)).toEqual(['第7日', '第6日', '第5日', '第4日', '第3日']);
    expect(third.items.map((item) => item.contentExcerpt)).toEqual(['第2日', '第1日']);
    expect(fourth.items).toEqual([]);
  });

  it('shows each row with a masked phone and the names the desk reads', async () => {
    const created = await create({ urgent: true });
    const page = await office.app.call('complaints.list', {});
    expect(page.items).toEqual([
      {
        id: created.id,
        number: 'TS-202611-0001',
        receivedAt: '2026-11-23T09:30:00',
        complainantName: '陈喆',
        roomLabel: '3-1-1502',
        phoneMasked: '139****5678',
        category: 'maintenance',
        severity: 'general',
        urgent: true,
        status: 'accepted',
        contentExcerpt: '楼上卫生间漏水,天花板渗水,已持续三天。',
        receiverName: '林经理',
        dueAt: '2026-11-23T23:59:59',
        round: 0,
      },
    ]);
    expect(JSON.stringify(page)).not.toContain('13912345678');
  });

  it('cuts long content to 60 characters, never in the middle of a character', async () => {
    await create({ content: `${'漏'.repeat(59)}𠮷水水水`, receivedAt: '2026-11-23T09:01' });
    await create({ content: '漏'.repeat(60), receivedAt: '2026-11-23T09:00' });
    const [cut, exact] = (await office.app.call('complaints.list', {})).items;
    expect(cut?.contentExcerpt).toBe(`${'漏'.repeat(59)}𠮷…`);
    expect(exact?.contentExcerpt).toBe('漏'.repeat(60));
  });

  it('is empty, with a total of 0, before anything is registered', async () => {
    expect(await office.app.call('complaints.list', {})).toEqual({ items: [], total: 0, totalIsLowerBound: false, next: null, page: 1, pageSize: 20 });
  });
});
