import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { minimalIntake } from '../../helpers/intakeFixture';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/channels';

/** 23 complaints, many received at the same minute, so the order's tie-break (the id) decides page edges. */
async function registerFixture(office: TestOffice): Promise<void> {
  const minutes = ['2026-11-20T09:00', '2026-11-21T14:30', '2026-11-21T14:30', '2026-11-21T14:30', '2026-11-22T08:15'];
  const categories = ['maintenance', 'cleaning', 'order'] as const;
  for (let i = 0; i < 23; i += 1) {
    await office.app.call(
      'complaints.create',
      minimalIntake({
        receivedAt: minutes[i % minutes.length],
        category: categories[i % 3],
        content: i % 2 === 0 ? `第${i}件:楼上漏水` : `第${i}件:楼道垃圾`,
        roomText: `非登记房号：${1 + (i % 2)}-1-150${i % 4}`,
      }),
    );
  }
}

type ListInput = ChannelInput<'complaints.list'>;

describe('keyset paging of the complaint list', () => {
  let office: TestOffice;
  beforeAll(async () => {
    office = await openTestOffice();
    await registerFixture(office);
  });
  afterAll(async () => {
    await office.close();
  });

  /** Every page by following `next`. */
  async function byCursor(input: ListInput): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (let page = 1; page < 50; page += 1) {
      const result: ChannelOutput<'complaints.list'> = await office.app.call('complaints.list', { ...input, pageSize: 5, page, after });
      ids.push(...result.items.map((item) => item.id));
      if (!result.next) return ids;
      expect(result.items).toHaveLength(5);
      after = result.next;
    }
    throw new Error('the cursor never ended');
  }

  /** Every page by counting from the start (OFFSET), as a jump does. */
  async function byOffset(input: ListInput): Promise<number[]> {
    const ids: number[] = [];
    for (let page = 1; ; page += 1) {
      const result = await office.app.call('complaints.list', { ...input, pageSize: 5, page });
      if (result.items.length === 0) return ids;
      ids.push(...result.items.map((item) => item.id));
    }
  }

  const cases: [string, ListInput][] = [
    ['no filter, newest first', {}],
    ['no filter, oldest first', { order: 'oldest' }],
    ['a category', { category: 'cleaning' }],
    ['a date range', { from: '2026-11-21', to: '2026-11-21' }],
    ['a text search', { q: '漏水' }],
    ['a text search, oldest first', { q: '漏水', order: 'oldest' }],
    ['a room', { room: '1502' }],
    ['a room and a category', { room: '2-1-1501', category: 'maintenance' }],
  ];

  it.each(cases)('returns the same rows as OFFSET paging with %s', async (_name, input) => {
    const offset = await byOffset(input);
    const all = (await office.app.call('complaints.list', { ...input, pageSize: 200 })).items.map((item) => item.id);
    expect(offset).toEqual(all);
    expect(await byCursor(input)).toEqual(all);
    expect(all.length).toBeGreaterThan(0);
  });

  it('breaks ties in 投诉时间 by registration, across a page edge', async () => {
    const items = (await office.app.call('complaints.list', { pageSize: 200 })).items;
    const tied = items.filter((item) => item.receivedAt === '2026-11-21T14:30:00').map((item) => item.id);
    expect(tied.length).toBeGreaterThan(5);
    expect(tied).toEqual([...tied].sort((a, b) => b - a));
  });

  it('says there is no next page on the last one, and counts exactly below the limit', async () => {
    const last = await office.app.call('complaints.list', { pageSize: 200 });
    expect(last).toMatchObject({ next: null, total: 23, totalIsLowerBound: false });
    const first = await office.app.call('complaints.list', { pageSize: 5 });
    expect(first.next).toBe(`${first.items[4]!.receivedAt}|${first.items[4]!.id}`);
  });

  it('refuses a cursor that is not one', async () => {
    const result = await office.app.invoke('complaints.list', { after: '2026-11-21 OR 1=1' });
    expect(result.ok).toBe(false);
  });
});
