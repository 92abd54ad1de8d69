import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { agentIdNumber, customerIdNumber, lossIntake } from '../../helpers/lossDeclaration';

describe('ID numbers and phones on loss declarations', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('are masked in the list and cannot be searched for', async () => {
    await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    const list = await office.asClerk.call('lossDeclarations.list', {});
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ customerName: '陈喆', phoneMasked: '139****5678', idNumberMasked: `${customerIdNumber.slice(0, 6)}********${customerIdNumber.slice(-4)}` });
    const text = JSON.stringify(list);
    for (const secret of [customerIdNumber, agentIdNumber, '13912345678']) expect(text).not.toContain(secret);
    expect((await office.asClerk.call('lossDeclarations.list', { q: customerIdNumber })).total).toBe(0);
    expect((await office.asClerk.call('lossDeclarations.list', { q: '13912345678' })).total).toBe(0);
    expect((await office.asClerk.call('lossDeclarations.list', { q: '陈喆' })).total).toBe(1);
    expect((await office.asClerk.call('lossDeclarations.list', { q: 'YS-202611' })).total).toBe(1);
  });

  it('filter the list by status and document type', async () => {
    await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    await office.asClerk.call('lossDeclarations.create', lossIntake(office, { documentType: 'invoice' }));
    expect((await office.asClerk.call('lossDeclarations.list', { documentType: 'invoice' })).items.map((item) => item.documentType)).toEqual(['invoice']);
    expect((await office.asClerk.call('lossDeclarations.list', { status: 'closed' })).total).toBe(0);
    expect((await office.asClerk.call('lossDeclarations.list', { status: 'reported', from: '2026-11-23', to: '2026-11-23' })).total).toBe(2);
  });

  it('are masked in the room history', async () => {
    await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    const { items } = await office.app.ctx.ledgers.roomHistory.page(office.app.ctx.db, office.room.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'lossDeclaration', number: 'YS-202611-0001', statusLabel: '挂失中', open: true });
    expect(items[0]!.summary).toContain(`${customerIdNumber.slice(0, 6)}********${customerIdNumber.slice(-4)}`);
    expect(JSON.stringify(items)).not.toContain(customerIdNumber);
  });

  it('show in full only on request, each reveal recorded with who and when', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    expect(JSON.stringify(await office.asClerk.call('lossDeclarations.get', { id }))).not.toContain(customerIdNumber);
    expect(await office.asClerk.call('lossDeclarations.revealId', { id, whose: 'customer' })).toEqual({ idNumber: customerIdNumber });
    expect(await office.asSupervisor.call('lossDeclarations.revealId', { id, whose: 'agent' })).toEqual({ idNumber: agentIdNumber });
    const history = (await office.asClerk.call('lossDeclarations.get', { id })).history.filter((entry) => entry.action === '查看身份证号');
    expect(history.map((entry) => [entry.staffName, entry.at, entry.summary])).toEqual([
      ['王堃', '2026-11-23T10:00:00', '查看客户完整身份证号'],
      ['周珺', '2026-11-23T10:00:00', '查看代理人完整身份证号'],
    ]);
    expect(JSON.stringify(history)).not.toContain(customerIdNumber);
    expect((await office.app.call('audit.verify', {})).ok).toBe(true);
  });

  it('are refused to a caller nobody signed in as', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    await office.app.call('auth.signOut', {});
    expect(await office.app.invoke('lossDeclarations.revealId', { id, whose: 'customer' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await office.app.invoke('lossDeclarations.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
