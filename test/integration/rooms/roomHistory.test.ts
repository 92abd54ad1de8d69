import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { roomHistorySources, type RoomHistorySource } from '../../../electron/app/rooms/roomHistory';
import type { RoomHistoryItem } from '../../../shared/domain/roomHistory';

/** 房屋档案: every ledger's records for a room, newest first, open ones flagged; owners found by name or phone, masked. */
describe('a room history', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('merges complaints and inspections newest first, flagging what is still open', async () => {
    const closed = await complaintAt(office, 'resolved');
    const open = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T09:40', content: '电梯按钮失灵' }));
    const inspection = await office.asClerk.call('inspections.create', {
      complaintId: open.id,
      inspectedAt: '2026-11-23T09:55',
      place: '3 栋 1 单元电梯',
      inspectorStaffId: office.clerk.id,
      findings: '15 楼按钮确实失灵',
      followUp: '已报电梯维保单位',
      outcome: 'followUp',
    });
    const elsewhere = await office.app.call('rooms.save', { building: '5', unit: '2', roomNo: '301', owners: [{ name: '李娜', phone: '13700001111' }] });
    await office.asClerk.call('complaints.create', complaintIntake(office, { roomId: elsewhere.id, complainantName: '李娜' }));

    const page = await office.asClerk.call('rooms.history', { id: office.room.id });
    expect(page.room).toEqual({ id: office.room.id, label: '3-1-1502', note: null, owners: [{ name: '陈喆', phoneMasked: '139****5678' }] });
    expect(page.items.map((item) => [item.kind, item.number, item.at, item.open])).toEqual([
      ['inspection', inspection.number, '2026-11-23T09:55:00', true],
      // The closed complaint's revisit is the room's history too.
      ['revisit', expect.stringMatching(/^HF-/), '2026-11-23T09:50:00', false],
      ['complaint', open.number, '2026-11-23T09:40:00', true],
      ['complaint', closed.number, '2026-11-23T09:30:00', false],
    ]);
    expect(page.items[0]).toMatchObject({ statusLabel: '需继续跟进', summary: '15 楼按钮确实失灵' });
    expect(page.items[3]!.statusLabel).toBe('已销项');

    // Re-inspected and fixed: no longer open.
    await office.asClerk.call('inspections.edit', { id: inspection.id, outcome: 'resolved', reason: '维保单位已修复' });
    const after = await office.asClerk.call('rooms.history', { id: office.room.id });
    expect(after.items.find((item) => item.kind === 'inspection')!.open).toBe(false);
    expect(await office.asClerk.invoke('rooms.history', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('takes any ledger that declares a source, in date order across kinds', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const fake: RoomHistorySource = async (_db, roomId): Promise<RoomHistoryItem[]> =>
      roomId !== office.room.id
        ? []
        : [
            { kind: 'repair', id: 7, number: 'BX-202611-0007', at: '2026-11-23T09:50:00', summary: '水龙头滴水', statusLabel: '待接单', open: true },
            { kind: 'call', id: 3, number: '', at: '2026-11-22T16:00:00', summary: '咨询停水时间', statusLabel: '已答复', open: false },
            { kind: 'lossDeclaration', id: 2, number: 'YS-202611-0002', at: '2026-11-23T09:30:00', summary: '物业费收据遗失', statusLabel: '挂失中', open: true },
          ];
    const sources = roomHistorySources as RoomHistorySource[];
    sources.push(fake);
    try {
      const { items } = await office.asClerk.call('rooms.history', { id: office.room.id });
      expect(items.map((item) => [item.kind, item.at, item.open])).toEqual([
        ['repair', '2026-11-23T09:50:00', true],
        // Same minute: the later id first, whatever the ledger.
        ['lossDeclaration', '2026-11-23T09:30:00', true],
        ['complaint', '2026-11-23T09:30:00', true],
        ['call', '2026-11-22T16:00:00', false],
      ]);
      expect(complaint.id).toBe(1); // so the declaration (id 2) of the same minute comes first
    } finally {
      sources.splice(sources.indexOf(fake), 1);
    }
  });

  it('finds an owner’s rooms by name or phone, showing phones masked', async () => {
    await office.app.call('rooms.save', {
      building: '5',
      unit: '2',
      roomNo: '301',
      owners: [
        { name: '陈喆', phone: '13912345678' },
        { name: '李娜', phone: '13700001111' },
      ],
    });
    const byName = await office.asClerk.call('rooms.findByOwner', { q: '陈喆' });
    expect(byName.map((room) => room.label)).toEqual(['3-1-1502', '5-2-301']);
    const byPhone = await office.asClerk.call('rooms.findByOwner', { q: '139 1234 5678' });
    expect(byPhone.map((room) => room.label)).toEqual(['3-1-1502', '5-2-301']);
    const byTail = await office.asClerk.call('rooms.findByOwner', { q: '1111' });
    expect(byTail).toEqual([
      {
        id: expect.any(Number),
        label: '5-2-301',
        note: null,
        owners: [
          { name: '陈喆', phoneMasked: '139****5678' },
          { name: '李娜', phoneMasked: '137****1111' },
        ],
      },
    ]);
    expect(JSON.stringify([byName, byPhone, byTail])).not.toMatch(/13912345678|13700001111/);
    expect(await office.asClerk.call('rooms.findByOwner', { q: '王' })).toEqual([]);
  });
});
