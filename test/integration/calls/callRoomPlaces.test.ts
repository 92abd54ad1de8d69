import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { openRepairOffice } from '../../helpers/repairs';
import { rowCounts } from '../../helpers/sqliteFile';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

/**
 * A room that matches no registered room is a place the clerk chose (公共区域, 非登记房号 with a description), and a
 * person is named by someone: a call whose room was a name typed at the phone, or whose caller gave none, turns
 * into a repair or complaint only once the clerk has said where and who — never with “王堃” as 房号 or “来电人” as 报修人.
 */
describe('the room and person of a call turned into a record', () => {
  let office: Office;
  let file: string;

  beforeEach(async () => {
    office = await openRepairOffice();
    file = join(office.dataDir, databaseFileName);
  });
  afterEach(async () => {
    await office.close();
  });

  const counts = () => rowCounts(file, ['calls', 'repairs', 'complaints', 'record_history', 'record_sequences']);
  const repairOf = (id: number, extra: Record<string, unknown> = {}) => ({ id, category: 'plumbing' as const, workKind: 'repair' as const, ...extra });

  /** A call stored before places were asked for, its room field holding the name the clerk typed there. */
  async function callWithNameAsRoom(callerName: string | null) {
    const call = await office.asClerk.call('calls.create', { roomText: '公共区域', callerName, phone: '13700001111', matter: '楼道灯不亮' });
    await office.app.ctx.db.updateTable('calls').set({ room_label: '王堃' }).where('id', '=', call.id).execute();
    return call;
  }

  it('refuses a call whose room text is a name, keeps a place as chosen', async () => {
    const before = counts();
    await expect(office.asClerk.call('calls.create', { roomText: '王堃', matter: '楼道灯不亮' })).rejects.toMatchObject({ error: { field: 'roomText' } });
    expect(counts()).toEqual(before);
    const call = await office.asClerk.call('calls.create', { roomText: '公共区域：3栋电梯厅', matter: '电梯按钮失灵' });
    expect(call).toMatchObject({ roomId: null, roomLabel: '公共区域：3栋电梯厅' });
  });

  it('asks where and who before a repair: the name typed as room and a missing caller are refused, nothing is kept', async () => {
    const call = await callWithNameAsRoom(null);
    const before = counts();
    await expect(office.asClerk.call('calls.toRepair', repairOf(call.id, { reporterName: '赵敏' }))).rejects.toMatchObject({ error: { field: 'roomText' } });
    await expect(office.asClerk.call('calls.toRepair', repairOf(call.id, { roomText: '公共区域：5栋大堂' }))).rejects.toMatchObject({ error: { field: 'reporterName' } });
    expect(counts()).toEqual(before);

    await office.asClerk.call('calls.toRepair', repairOf(call.id, { roomText: '非登记房号：5-2-301', reporterName: '赵敏' }));
    const { repair } = await office.app.call('repairs.get', { id: (await office.app.call('repairs.list', {})).items[0]!.id });
    expect(repair).toMatchObject({ roomId: null, roomLabel: '非登记房号：5-2-301', reporterName: '赵敏' });
  });

  it('takes a registered room chosen in the dialog for a complaint, and the complainant named there', async () => {
    const call = await callWithNameAsRoom(null);
    await office.asClerk.call('calls.toComplaint', { id: call.id, roomId: office.room.id, complainantName: '陈喆', category: 'order', severity: 'general' });
    const { complaint } = await office.app.call('complaints.get', { id: (await office.app.call('complaints.list', {})).items[0]!.id });
    expect(complaint).toMatchObject({ roomId: office.room.id, roomLabel: office.room.label, complainantName: '陈喆' });
  });

  it('carries over the room and caller a call already had', async () => {
    const call = await office.asClerk.call('calls.create', { roomId: office.room.id, callerName: '陈喆', matter: '水管漏水' });
    await office.asClerk.call('calls.toRepair', repairOf(call.id));
    const { repair } = await office.app.call('repairs.get', { id: (await office.app.call('repairs.list', {})).items[0]!.id });
    expect(repair).toMatchObject({ roomId: office.room.id, reporterName: '陈喆' });
  });
});
