import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from '../../../shared/domain/office/officeRecords';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('finding rooms', () => {
  let office: TestOffice;

  beforeAll(async () => {
    office = await openTestOffice(); // 3-1-1502, owner 陈喆 13912345678
    const rooms: Array<{ building: string; unit: string; roomNo: string; owners?: Array<{ name: string; phone?: string }> }> = [
      { building: '3', unit: '1', roomNo: '1501', owners: [{ name: '李犇', phone: '13700001111' }] },
      { building: '12', unit: '2', roomNo: '1502', owners: [{ name: '赵玥', phone: '13600002222' }] },
      { building: '5', unit: '1', roomNo: '0801', owners: [{ name: '孙赟', phone: '13500003333' }, { name: '张昇' }] },
      { building: '6', unit: '1', roomNo: '0101', owners: [{ name: '王_一' }] },
      { building: '6', unit: '1', roomNo: '0102', owners: [{ name: '王二' }] },
      { building: '6', unit: '1', roomNo: '0103', owners: [{ name: '100%满意' }] },
      { building: '6', unit: '1', roomNo: '0104', owners: [{ name: '一百分满意' }] },
    ];
    for (const room of rooms) await office.app.call('rooms.save', room);
  });
  afterAll(async () => {
    await office.close();
  });

  const labels = (rooms: Room[]) => rooms.map((room) => room.label);
  // The order of rooms across buildings is not what these tests are about.
  const lookup = async (q: string) => labels(await office.app.call('rooms.lookup', { q })).sort();

  it('by the bare room number, in every building', async () => {
    expect(await lookup('1502')).toEqual(['12-2-1502', '3-1-1502'].sort());
  });

  it('by the full label', async () => {
    expect(await lookup('3-1-1502')).toEqual(['3-1-1502']);
    expect(await lookup('3-1')).toEqual(['3-1-1501', '3-1-1502']);
  });

  it('by an owner name, whole or in part', async () => {
    expect(await lookup('陈喆')).toEqual(['3-1-1502']);
    expect(await lookup('喆')).toEqual(['3-1-1502']);
    expect(await lookup('张昇')).toEqual(['5-1-0801']);
  });

  it('by the tail of an owner phone', async () => {
    expect(await lookup('5678')).toEqual(['3-1-1502']);
    expect(await lookup('13912345678')).toEqual(['3-1-1502']);
  });

  it('not by part of a room number in the middle', async () => {
    expect(await lookup('150')).toEqual([]);
  });

  it('returns the owners with each room, and no more rooms than asked', async () => {
    const [room] = await office.app.call('rooms.lookup', { q: '陈喆' });
    expect(room?.owners).toEqual([{ id: expect.any(Number), name: '陈喆', phone: '13912345678' }]);
    expect(await office.app.call('rooms.lookup', { q: '1502', limit: 1 })).toHaveLength(1);
  });

  it('takes % and _ typed by the clerk literally', async () => {
    expect(await lookup('王_')).toEqual(['6-1-0101']);
    expect(await lookup('_')).toEqual(['6-1-0101']);
    expect(await lookup('100%')).toEqual(['6-1-0103']);
    expect(await lookup('%满意')).toEqual(['6-1-0103']);
    expect(await lookup('%')).toEqual(['6-1-0103']);
  });

  it('lists every room with the total, page by page', async () => {
    const first = await office.app.call('rooms.list', { pageSize: 5 });
    const second = await office.app.call('rooms.list', { pageSize: 5, page: 2 });
    const third = await office.app.call('rooms.list', { pageSize: 5, page: 3 });
    expect(first).toMatchObject({ total: 8, page: 1, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(second).toMatchObject({ total: 8, page: 2, pageSize: 5 });
    expect(second.items).toHaveLength(3);
    expect(third.items).toEqual([]);
    const all = [...labels(first.items), ...labels(second.items)];
    expect(new Set(all).size).toBe(8);
    expect([...all].sort()).toEqual(
      ['3-1-1502', '3-1-1501', '12-2-1502', '5-1-0801', '6-1-0101', '6-1-0102', '6-1-0103', '6-1-0104'].sort(),
    );
  });

  it('lists the rooms of one building only', async () => {
    const three = await office.app.call('rooms.list', { building: '3' });
    expect(labels(three.items)).toEqual(['3-1-1501', '3-1-1502']);
    expect(three.total).toBe(2);
    // Building 3 is not building 12 or 13.
    expect((await office.app.call('rooms.list', { building: '1' })).total).toBe(0);
  });

  it('lists by building and search together', async () => {
    const page = await office.app.call('rooms.list', { building: '6', q: '满意' });
    expect(labels(page.items)).toEqual(['6-1-0103', '6-1-0104']);
    expect(page.total).toBe(2);
  });
});
