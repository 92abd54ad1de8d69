import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { agentIdNumber, lossIntake, movableClock, tinyPng } from '../../helpers/lossDeclaration';
import { tinyPdf } from '../../helpers/lifecycle';
import type { ChannelInput } from '../../../shared/contract/channels';

describe('the 15-day period and the one outcome, enforced in the main process', () => {
  let office: TestOffice;
  const clock = movableClock();
  beforeEach(async () => {
    clock.set('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
  });
  afterEach(() => office.close());

  const stub = (id: number): ChannelInput<'lossDeclarations.recordStub'> => ({
    id,
    foundByStaffId: office.supervisor.id,
    foundAt: '2026-11-25T15:30',
    note: '记账联第 0012345 号',
    fileName: '记账联.pdf',
    contentBase64: tinyPdf.toString('base64'),
  });
  const outcome = (id: number, overrides: Partial<ChannelInput<'lossDeclarations.decideOutcome'>> = {}): ChannelInput<'lossDeclarations.decideOutcome'> => ({
    id,
    outcome: 'receiptCopy',
    presentPerson: 'customer',
    ...overrides,
  });

  it('refuses any outcome until the period has run its 15 days, and allows it on day 16', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-12-07T17:00:00');
    const early = await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(id));
    expect(early).toMatchObject({ ok: false, error: { code: 'rule', message: '挂失期 15 天至 2026-12-07 才满,2026-12-08 起才能办理后续手续' } });
    clock.set('2026-12-08T09:00:00');
    const closed = await office.asClerk.call('lossDeclarations.decideOutcome', outcome(id, { note: '已复印交客户' }));
    expect(closed).toMatchObject({ status: 'closed', outcome: 'receiptCopy', presentPerson: 'customer', outcomeAt: '2026-12-08T09:00:00', outcomeByName: '王堃' });
  });

  it('allows exactly one outcome', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-12-10T09:00:00');
    await office.asClerk.call('lossDeclarations.decideOutcome', outcome(id));
    const second = await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(id));
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(second.ok ? '' : second.error.message).toContain('每份声明只能有一种处理结果');
    const history = (await office.asClerk.call('lossDeclarations.get', { id })).history;
    expect(history.filter((entry) => entry.action === '办结')).toHaveLength(1);
  });

  it('refunds only to the customer in person, never through an agent, and only once the stub is attached', async () => {
    const { id } = await office.asClerk.call(
      'lossDeclarations.create',
      lossIntake(office, { purpose: 'housePayment', byAgent: true, agentName: '李代', agentIdNumber }),
    );
    clock.set('2026-12-09T09:00:00');
    const refund = outcome(id, { outcome: 'refund', refundKind: 'houseMoney' });
    const byAgent = await office.asClerk.invoke('lossDeclarations.decideOutcome', { ...refund, presentPerson: 'agent' });
    expect(byAgent).toMatchObject({ ok: false, error: { code: 'rule', field: 'presentPerson', message: '退款只能由客户本人携带身份证原件办理,代理人不能办理退款' } });
    const noStub = await office.asClerk.invoke('lossDeclarations.decideOutcome', refund);
    expect(noStub).toMatchObject({ ok: false, error: { message: '财务尚未找到并附上记账联复印件,不能办理退款' } });
    const withoutKind = await office.asClerk.invoke('lossDeclarations.decideOutcome', { ...refund, refundKind: null });
    expect(withoutKind).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'refundKind' } });

    const found = await office.asClerk.call('lossDeclarations.recordStub', stub(id));
    expect(found).toMatchObject({ stubFoundAt: '2026-11-25T15:30:00', stubFoundByName: '周珺', stubNote: '记账联第 0012345 号' });
    const detail = await office.asClerk.call('lossDeclarations.get', { id });
    expect(detail.attachments.map((file) => [file.kind, file.fileName])).toEqual([['stub', '记账联.pdf']]);
    expect(detail.history.at(-1)!.summary).toContain('周珺 于 2026-11-25 15:30 找到记账联');

    const refunded = await office.asClerk.call('lossDeclarations.decideOutcome', refund);
    expect(refunded).toMatchObject({ status: 'closed', outcome: 'refund', refundKind: 'houseMoney', presentPerson: 'customer' });
  });

  it('lets an agent collect the copy of a lost receipt (b) but only when the declaration named one', async () => {
    const plain = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    const withAgent = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    clock.set('2026-12-09T09:00:00');
    const unnamed = await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(plain.id, { presentPerson: 'agent' }));
    expect(unnamed.ok ? '' : unnamed.error.message).toContain('这份声明没有登记代理人');
    expect(await office.asClerk.call('lossDeclarations.decideOutcome', outcome(withAgent.id, { presentPerson: 'agent' }))).toMatchObject({ outcome: 'receiptCopy', presentPerson: 'agent' });
  });

  it('matches b) to receipts and c) to invoices, and c) needs the invoice stub', async () => {
    const invoice = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { documentType: 'invoice' }));
    clock.set('2026-12-09T09:00:00');
    const wrongKind = await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(invoice.id));
    expect(wrongKind.ok ? '' : wrongKind.error.message).toBe('遗失的是发票,请选择“c) 发票遗失,不退款”');
    const noStub = await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(invoice.id, { outcome: 'invoiceCopy' }));
    expect(noStub.ok ? '' : noStub.error.message).toContain('请等财务找到记账联后再办理');
    await office.asClerk.call('lossDeclarations.recordStub', stub(invoice.id));
    expect(await office.asClerk.call('lossDeclarations.decideOutcome', outcome(invoice.id, { outcome: 'invoiceCopy' }))).toMatchObject({ outcome: 'invoiceCopy' });
  });

  it('records the stub once, not in the future, not before the declaration', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-11-26T09:00:00');
    expect(await office.asClerk.invoke('lossDeclarations.recordStub', { ...stub(id), foundAt: '2026-11-27T09:00' })).toMatchObject({ ok: false, error: { field: 'foundAt' } });
    expect(await office.asClerk.invoke('lossDeclarations.recordStub', { ...stub(id), foundAt: '2026-11-22T09:00' })).toMatchObject({ ok: false, error: { field: 'foundAt' } });
    await office.asClerk.call('lossDeclarations.recordStub', stub(id));
    expect(await office.asClerk.invoke('lossDeclarations.recordStub', stub(id))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const viaAttach = await office.asClerk.invoke('lossDeclarations.attach', { id, kind: 'stub', fileName: 'x.png', contentBase64: tinyPng.toString('base64') });
    expect(viaAttach).toMatchObject({ ok: false, error: { field: 'kind' } });
  });

  it('is voided by a supervisor with a reason, and a voided declaration takes no outcome', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    expect(await office.asClerk.invoke('lossDeclarations.void', { id, reason: '重复登记' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.asSupervisor.invoke('lossDeclarations.void', { id, reason: ' ' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    const voided = await office.asSupervisor.call('lossDeclarations.void', { id, reason: '重复登记' });
    expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记' });
    clock.set('2026-12-09T09:00:00');
    expect(await office.asClerk.invoke('lossDeclarations.decideOutcome', outcome(id))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const history = (await office.asClerk.call('lossDeclarations.get', { id })).history;
    expect(history.at(-1)).toMatchObject({ action: '作废', staffName: '周珺', reason: '重复登记' });
  });

  it('writes what each step changed into the history under the record\'s field names, naming the staff', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-12-09T09:00:00');
    await office.asClerk.call('lossDeclarations.recordStub', stub(id));
    await office.asClerk.call('lossDeclarations.decideOutcome', outcome(id));
    const history = (await office.asClerk.call('lossDeclarations.get', { id })).history;
    expect(history.find((entry) => entry.action === '找到记账联')!.changes).toEqual([
      { field: 'stubFoundAt', before: null, after: '2026-11-25T15:30:00' },
      { field: 'stubFoundBy', before: null, after: '周珺' },
      { field: 'stubNote', before: null, after: '记账联第 0012345 号' },
    ]);
    expect(history.find((entry) => entry.action === '办结')!.changes).toContainEqual({ field: 'outcomeBy', before: null, after: '王堃' });
  });

  it('puts declarations on the desk from 3 days before the period ends until their outcome', async () => {
    const first = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-11-30T10:00:00');
    await office.asClerk.call('lossDeclarations.create', lossIntake(office, { documentNumber: 'NO.0099999' }));
    clock.set('2026-12-03T10:00:00');
    expect((await office.asClerk.call('desk.today', {})).lossDeclarations).toEqual([]);
    clock.set('2026-12-04T10:00:00');
    expect((await office.asClerk.call('desk.today', {})).lossDeclarations).toEqual([
      { id: first.id, number: first.number, customerName: '陈喆', roomLabel: '3-1-1502', documentType: 'receipt', periodEndsOn: '2026-12-07', ended: false, stubFound: false },
    ]);
    clock.set('2026-12-11T10:00:00');
    const desk = (await office.asClerk.call('desk.today', {})).lossDeclarations;
    expect(desk.map((item) => [item.number, item.ended])).toEqual([
      ['YS-202611-0001', true],
      ['YS-202611-0002', false],
    ]);
    await office.asClerk.call('lossDeclarations.decideOutcome', outcome(first.id));
    expect((await office.asClerk.call('desk.today', {})).lossDeclarations.map((item) => item.number)).toEqual(['YS-202611-0002']);
  });
});
