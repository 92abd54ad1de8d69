import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepairOffice, repairIntake } from '../../helpers/repairs';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

describe('a room’s history with repairs and calls', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openRepairOffice();
  });
  afterEach(() => office.close());

  it('lists the room’s repairs and calls newest first, phones masked, open ones marked', async () => {
    const { asClerk: clerk } = office;
    const repair = await clerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-11-23T09:00' }));
    const answered = await clerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId: office.room.id, callerName: '陈喆', phone: '13912345678', matter: '问物业费' });
    await clerk.call('calls.answer', { id: answered.id, answer: '每季度初缴纳' });
    const pending = await clerk.call('calls.create', { roomId: office.room.id, phone: '13912345678', matter: '门口有积水' });
    await clerk.call('calls.create', { matter: '别的房间' });

    const { items } = await office.app.ctx.ledgers.roomHistory.page(office.app.ctx.db, office.room.id);
    expect(items).toEqual([
      { kind: 'call', id: pending.id, number: pending.number, at: '2026-11-23T10:00:00', summary: '139****5678:门口有积水', statusLabel: '待处理', open: true },
      { kind: 'call', id: answered.id, number: answered.number, at: '2026-11-23T09:20:00', summary: '陈喆 139****5678:问物业费', statusLabel: '咨询已答复', open: false },
      { kind: 'repair', id: repair.id, number: repair.number, at: '2026-11-23T09:00:00', summary: '陈喆 139****5678:卫生间水龙头漏水,关不紧。', statusLabel: '已登记', open: true },
    ]);
    expect(JSON.stringify(items)).not.toContain('13912345678');
  });
});
