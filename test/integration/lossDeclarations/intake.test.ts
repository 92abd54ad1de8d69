import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { agentIdNumber, customerIdNumber, lossIntake, madeUpIdNumber } from '../../helpers/lossDeclaration';

describe('loss declaration intake through the contract', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('numbers the declaration, starts the 15-day period today and masks the ID on the way out', async () => {
    const record = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    expect(record).toMatchObject({
      number: 'YS-202611-0001',
      status: 'reported',
      declaredAt: '2026-11-23T10:00:00',
      periodEndsOn: '2026-12-07',
      amountFen: 1000500,
      roomLabel: '3-1-1502',
      consultantName: '王堃',
      idNumberMasked: `${customerIdNumber.slice(0, 6)}********${customerIdNumber.slice(-4)}`,
      createdByName: '王堃',
    });
    expect(JSON.stringify(record)).not.toContain(customerIdNumber);
    const detail = await office.asClerk.call('lossDeclarations.get', { id: record.id });
    expect(detail.history.map((entry) => entry.action)).toEqual(['挂失登记']);
    expect(detail.history[0]!.summary).toContain('¥10,005.00');
  });

  it('refuses an ID number with a wrong check digit, naming the right one', async () => {
    const wrong = customerIdNumber.slice(0, 17) + (customerIdNumber[17] === '1' ? '2' : '1');
    const result = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: wrong }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'idNumber' } });
    expect(result.ok ? '' : result.error.message).toContain(`应为“${customerIdNumber[17]}”`);
  });

  it('refuses a wrong length, region code and a birth date after today', async () => {
    const short = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: '3205021988010112' }));
    expect(short.ok ? '' : short.error.message).toBe('「身份证号」身份证号应为 18 位,现在是 16 位');
    const region = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: madeUpIdNumber('99050219880101123') }));
    expect(region.ok ? '' : region.error.message).toContain('不是有效的省级地区代码');
    const future = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: madeUpIdNumber('32050220261201123') }));
    expect(future).toMatchObject({ ok: false, error: { code: 'rule', field: 'idNumber' } });
    expect(future.ok ? '' : future.error.message).toContain('出生日期“20261201”');
  });

  it('needs the agent’s name and a valid ID number when an agent acts', async () => {
    const missing = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { byAgent: true }));
    expect(missing.ok ? [] : missing.error.issues?.map((issue) => issue.field)).toEqual(['agentName', 'agentIdNumber']);
    const badAgent = await office.asClerk.invoke(
      'lossDeclarations.create',
      lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber: agentIdNumber.slice(0, 17) + (agentIdNumber[17] === '3' ? '4' : '3') }),
    );
    expect(badAgent).toMatchObject({ ok: false, error: { field: 'agentIdNumber' } });
    expect(badAgent.ok ? '' : badAgent.error.message).toMatch(/^「代理人身份证号」代理人身份证号校验位不对/);
    const record = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber: agentIdNumber.toLowerCase() }));
    expect(record).toMatchObject({ byAgent: true, agentName: '李代', agentIdNumberMasked: `${agentIdNumber.slice(0, 6)}********${agentIdNumber.slice(-4)}` });
  });

  it('keeps money exact in fen and refuses fractions of a fen or a missing purpose text', async () => {
    const fraction = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { amountFen: 10.5 }));
    expect(fraction).toMatchObject({ ok: false, error: { field: 'amountFen', message: '「金额」金额应精确到分' } });
    const other = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { purpose: 'other' }));
    expect(other).toMatchObject({ ok: false, error: { field: 'purposeOther' } });
    const futureIssue = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { issueDate: '2026-11-24' }));
    expect(futureIssue).toMatchObject({ ok: false, error: { field: 'issueDate', message: '开具日期不能晚于今天' } });
  });
});
