import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('rooms and their owners', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  async function ownerRows() {
    return office.app.ctx.db.selectFrom('owners').select(['room_id', 'name', 'phone']).orderBy('id').execute();
  }

  it('are saved with the label the desk types, 楼栋-单元-房号, and their owners in order', async () => {
    const room = await office.app.call('rooms.save', {
      building: '5',
      unit: '2',
      roomNo: '0801',
      owners: [{ name: '孙赟', phone: '13500003333' }, { name: '张昇' }],
      note: '  出租  ',
    });
    expect(room).toEqual({
      id: expect.any(Number),
      building: '5',
      unit: '2',
      roomNo: '0801',
      label: '5-2-0801',
      note: '出租',
      owners: [
        { id: expect.any(Number), name: '孙赟', phone: '13500003333' },
        { id: expect.any(Number), name: '张昇', phone: null },
      ],
    });
    expect(office.room).toMatchObject({ label: '3-1-1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
  });

  it('refuse a second room with the same label as a conflict, and store nothing', async () => {
    const answer = await office.app.invoke('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '李犇' }] });
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: '房号 3-1-1502 已登记', field: 'roomNo' } });
    expect(await office.app.ctx.db.selectFrom('rooms').selectAll().execute()).toHaveLength(1);
    expect((await ownerRows()).map((owner) => owner.name)).toEqual(['陈喆']);
  });

  it('refuse changing a room to the label of another', async () => {
    const other = await office.app.call('rooms.save', { building: '3', unit: '1', roomNo: '1501' });
    const answer = await office.app.invoke('rooms.save', { id: other.id, building: '3', unit: '1', roomNo: '1502' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', field: 'roomNo' } });
  });

  it('replace the owners on update, keeping the room', async () => {
    const updated = await office.app.call('rooms.save', {
      id: office.room.id,
      building: '3',
      unit: '1',
      roomNo: '1502',
      owners: [{ name: '赵玥', phone: '13600002222' }, { name: '陈喆', phone: '13912345678' }],
    });
    expect(updated.id).toBe(office.room.id);
    expect(updated.owners.map((owner) => owner.name)).toEqual(['赵玥', '陈喆']);
    expect(await ownerRows()).toEqual([
      { room_id: office.room.id, name: '赵玥', phone: '13600002222' },
      { room_id: office.room.id, name: '陈喆', phone: '13912345678' },
    ]);

    const emptied = await office.app.call('rooms.save', { id: office.room.id, building: '3', unit: '1', roomNo: '1502', owners: [] });
    expect(emptied.owners).toEqual([]);
    expect(await ownerRows()).toEqual([]);
  });

  it('change the label when the room number is corrected', async () => {
    const updated = await office.app.call('rooms.save', { id: office.room.id, building: '3', unit: '2', roomNo: '1502' });
    expect(updated.label).toBe('3-2-1502');
    expect((await office.app.call('rooms.lookup', { q: '3-2-1502' })).map((room) => room.id)).toEqual([office.room.id]);
  });

  it('answer not_found when the room to change does not exist', async () => {
    const answer = await office.app.invoke('rooms.save', { id: 999, building: '9', unit: '9', roomNo: '9999' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await office.app.ctx.db.selectFrom('rooms').selectAll().execute()).toHaveLength(1);
  });

  it('refuse a dash or a space inside a part of the label', async () => {
    const answer = await office.app.invoke('rooms.save', { building: '3-1', unit: '1', roomNo: '1502' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'building', message: '「楼栋」楼栋中不能有横线或空格' } });
    const spaced = await office.app.invoke('rooms.save', { building: '3', unit: '1', roomNo: '15 02' });
    expect(spaced).toMatchObject({ ok: false, error: { field: 'roomNo' } });
  });

  it('list the buildings in natural order', async () => {
    for (const building of ['10', '2', '1']) await office.app.call('rooms.save', { building, unit: '1', roomNo: '0101' });
    expect(await office.app.call('rooms.buildings', {})).toEqual(['1', '2', '3', '10']);
  });

  it('list rooms in the same natural order, a text building such as 商铺 before the numbered ones', async () => {
    for (const [building, roomNo] of [['10', '101'], ['商铺', '1'], ['3', '902'], ['3', '1102']]) {
      await office.app.call('rooms.save', { building: building!, unit: '1', roomNo: roomNo! });
    }
    const page = await office.app.call('rooms.list', {});
    expect(page.items.map((room) => room.label)).toEqual(['商铺-1-1', '3-1-902', '3-1-1102', '3-1-1502', '10-1-101']);
  });
});
