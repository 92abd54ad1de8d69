import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../electron/app/db/schema';
import type { RoomHistorySource } from '../../../electron/app/rooms/roomHistory';
import { roomHistoryOnly, useLedgers } from '../../helpers/ledgers';
import type { RoomHistoryItem, RoomHistoryKind } from '../../../shared/domain/roomHistory';
import type { RoomPage } from '../../../shared/domain/office/roomPage';

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

  /** A ledger's source over a fixed list of lines for the office's room, read from SQL like a real ledger's. */
  function listSource(kind: RoomHistoryKind, items: Omit<RoomHistoryItem, 'kind'>[]): RoomHistorySource<Omit<RoomHistoryItem, 'kind'>> {
    const ofRoom = (db: Kysely<Database>, roomId: number) =>
      db.selectFrom(sql<{ value: string }>`json_each(${JSON.stringify(items)})`.as('j')).where(sql<boolean>`${roomId} = ${office.room.id}`);
    return {
      kind,
      records: (db, roomId) => ofRoom(db, roomId).select([sql<number>`j.value ->> 'id'`.as('id'), sql<string>`j.value ->> 'at'`.as('at'), sql<string>`j.value`.as('data')]),
      item: (_id, _at, item) => ({ ...item, kind }),
      counts: (db, roomId) => ofRoom(db, roomId).select([sql<number>`count(*)`.as('total'), sql<number>`coalesce(sum(j.value ->> 'open'), 0)`.as('open')]),
    };
  }

  async function withSources<T>(extra: RoomHistorySource<never>[], work: () => Promise<T>): Promise<T> {
    const undo = useLedgers(office.app, (ledgers) => [...ledgers, ...extra.map((source, index) => roomHistoryOnly(`stand-in-${index}`, source))]);
    try {
      return await work();
    } finally {
      undo();
    }
  }

  it('takes any ledger that declares a source, in date order across kinds', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const fakes = [
      listSource('repair', [{ id: 7, number: 'BX-202611-0007', at: '2026-11-23T09:50:00', summary: '水龙头滴水', statusLabel: '待接单', open: true }]),
      listSource('call', [{ id: 3, number: '', at: '2026-11-22T16:00:00', summary: '咨询停水时间', statusLabel: '已答复', open: false }]),
      listSource('lossDeclaration', [{ id: 2, number: 'YS-202611-0002', at: '2026-11-23T09:30:00', summary: '物业费收据遗失', statusLabel: '挂失中', open: true }]),
    ];
    await withSources(fakes, async () => {
      const page = await office.asClerk.call('rooms.history', { id: office.room.id });
      expect(page.items.map((item) => [item.kind, item.at, item.open])).toEqual([
        ['repair', '2026-11-23T09:50:00', true],
        // Same minute: the later id first, whatever the ledger.
        ['lossDeclaration', '2026-11-23T09:30:00', true],
        ['complaint', '2026-11-23T09:30:00', true],
        ['call', '2026-11-22T16:00:00', false],
      ]);
      expect(page.next).toBeNull();
      expect(page.counts).toEqual([
        { kind: 'complaint', total: 1, open: 1 },
        { kind: 'repair', total: 1, open: 1 },
        { kind: 'call', total: 1, open: 0 },
        { kind: 'lossDeclaration', total: 1, open: 1 },
      ]);
      expect(complaint.id).toBe(1); // so the declaration (id 2) of the same minute comes first
    });
  });

  it('pages the history: every page joined is the whole history, in order, across ledgers and ties', async () => {
    // Real records of three ledgers, some in the same minute, and fake ledgers tying on time and id.
    for (const [index, at] of ['2026-11-20T08:00', '2026-11-21T08:00', '2026-11-21T08:00', '2026-11-22T10:00', '2026-11-22T10:00'].entries()) {
      const created = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: at, content: `第 ${index + 1} 件` }));
      await office.asClerk.call('inspections.create', {
        complaintId: created.id,
        inspectedAt: at,
        place: '3-1-1502',
        inspectorStaffId: office.clerk.id,
        findings: `巡查 ${index + 1}`,
        followUp: '明早再看',
        outcome: index % 2 === 0 ? 'followUp' : 'resolved',
      });
    }
    const tie = (id: number, at: string) => ({ id, number: '', at, summary: `${id}`, statusLabel: '—', open: id % 2 === 0 });
    const fakes = [
      listSource('repair', [tie(1, '2026-11-21T08:00:00'), tie(2, '2026-11-21T08:00:00'), tie(3, '2026-11-22T10:00:00'), tie(9, '2026-11-19T00:00:00')]),
      listSource('call', [tie(1, '2026-11-21T08:00:00'), tie(3, '2026-11-22T10:00:00'), tie(4, '2026-11-22T10:00:00')]),
    ];
    await withSources(fakes, async () => {
      const all = await office.asClerk.call('rooms.history', { id: office.room.id, pageSize: 200 });
      expect(all.next).toBeNull();
      expect(all.items).toHaveLength(5 + 5 + 4 + 3);
      const key = (item: RoomHistoryItem) => `${item.kind}-${item.id}`;
      expect(new Set(all.items.map(key)).size).toBe(all.items.length);
      for (const [a, b] of all.items.slice(1).map((item, index) => [all.items[index]!, item] as const)) {
        expect(a.at > b.at || (a.at === b.at && a.id >= b.id)).toBe(true);
      }
      for (const pageSize of [1, 2, 3, 5, 7]) {
        const paged: RoomHistoryItem[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 30; pages++) {
          const page: RoomPage = await office.asClerk.call('rooms.history', { id: office.room.id, pageSize, after });
          expect(page.items.length).toBeLessThanOrEqual(pageSize);
          expect(page.counts).toEqual(all.counts);
          paged.push(...page.items);
          after = page.next;
          if (!after) break;
        }
        expect(paged.map(key)).toEqual(all.items.map(key));
      }
      // One kind, paged: that ledger's records alone, in the same order.
      const inspections: RoomHistoryItem[] = [];
      let after: string | null = null;
      do {
        const page: RoomPage = await office.asClerk.call('rooms.history', { id: office.room.id, kind: 'inspection', pageSize: 2, after });
        inspections.push(...page.items);
        after = page.next;
      } while (after);
      expect(inspections.map(key)).toEqual(all.items.filter((item) => item.kind === 'inspection').map(key));
      expect(all.counts.find((count) => count.kind === 'inspection')).toEqual({ kind: 'inspection', total: 5, open: 3 });
      expect(all.counts.find((count) => count.kind === 'complaint')).toEqual({ kind: 'complaint', total: 5, open: 5 });
    });
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
