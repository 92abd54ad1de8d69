import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '../../../electron/app/clock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { repairIntake } from '../../helpers/repairs';
import { pdfInfo, pdfPageTexts, pdfWordSizes, scanPages } from '../../helpers/pdf';
import type { PrintedForm } from '../../../shared/domain/records';

/**
 * Blank paper forms for the day the PC is down, from printing the batch through entering the filled papers:
 * numbers reserved in the office's sequence with records created in between, the paper's number and times kept.
 */
describe('blank paper forms with reserved numbers', () => {
  let office: TestOffice;
  const clock = settableClock();
  let count = 0;
  beforeAll(async () => {
    clock.set('2026-11-23T08:30:00');
    office = await openTestOffice({ clock });
  });
  afterAll(() => office.close());

  function read(printed: PrintedForm) {
    const dir = join(office.dataDir, `read-${++count}`);
    mkdirSync(dir);
    const file = join(dir, 'blank.pdf');
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    return { file, dir, pages: pdfPageTexts(file).map((page) => page.replace(/\s+/g, '')) };
  }

  it('prints a batch of blanks, one sheet each with its own reserved number and code, numbers shared with records made meanwhile', async () => {
    const batch = await office.asSupervisor.call('paperForms.reserve', { kind: 'complaint', count: 3 });
    expect(batch.fileName).toBe('空白业主投诉处理记录表-TS-202611-0001至TS-202611-0003.pdf');
    const { file, dir, pages } = read(batch);
    expect(Number(pdfInfo(file).Pages)).toBe(3);
    const numbers = ['TS-202611-0001', 'TS-202611-0002', 'TS-202611-0003'];
    pages.forEach((page, i) => {
      expect(page).toContain('业主投诉处理记录表');
      expect(page).toContain(`编号:${numbers[i]}`);
      expect(page).toContain('第0版');
      expect(page).toContain('第1页共1页');
      // Nothing ticked, nothing written: the paper for the hand.
      expect(page).not.toContain('■');
      expect(page).toContain('投诉内容:');
      expect(page).toContain('回访形式:');
    });
    expect(scanPages(file, dir)).toEqual(numbers.map((number) => [`TAIZHANG:JX01:blankComplaint:${number}:R0`]));
    expect(Math.min(...pdfWordSizes(file).map((word) => word.size))).toBeGreaterThanOrEqual(8.95);

    // A complaint registered at the PC meanwhile takes the next number: no repeat, no gap.
    clock.set('2026-11-23T09:00:00');
    const meanwhile = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T08:58' }));
    expect(meanwhile.number).toBe('TS-202611-0004');
    const more = await office.asSupervisor.call('paperForms.reserve', { kind: 'complaint', count: 2 });
    expect(more.fileName).toBe('空白业主投诉处理记录表-TS-202611-0005至TS-202611-0006.pdf');
    // Only a supervisor reserves numbers.
    expect(await office.asClerk.invoke('paperForms.reserve', { kind: 'complaint', count: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('enters a filled paper under its own number, typed or scanned, with the paper’s times', async () => {
    // The PC was down at 10:15 when the owner came in; it is back at 14:00.
    clock.set('2026-11-23T14:00:00');
    const scanned = 'TAIZHANG:JX01:blankComplaint:TS-202611-0002:R0';
    expect(await office.asClerk.call('paperForms.find', { entered: scanned })).toMatchObject({ number: 'TS-202611-0002', kind: 'complaint', status: 'reserved' });
    const fromPaper = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T10:15', paperNumber: scanned, content: '停电时来访:电梯困人后无人应答。' }));
    expect(fromPaper).toMatchObject({ number: 'TS-202611-0002', receivedAt: '2026-11-23T10:15:00' });
    const typed = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T11:40', paperNumber: 'ts-202611-0005' }));
    expect(typed.number).toBe('TS-202611-0005');
    const history = (await office.asClerk.call('complaints.get', { id: fromPaper.id })).history;
    expect(history[0]).toMatchObject({ action: '受理', summary: '据纸质表单登记投诉 TS-202611-0002' });
    // The next complaint at the PC continues the sequence after every reserved number.
    expect((await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T13:59' }))).number).toBe('TS-202611-0007');

    expect(await office.asClerk.call('paperForms.list', { status: 'used' })).toEqual([
      expect.objectContaining({ number: 'TS-202611-0002', recordId: fromPaper.id, usedAt: '2026-11-23T14:00:00' }),
      expect.objectContaining({ number: 'TS-202611-0005', recordId: typed.id }),
    ]);
  });

  it('refuses a number used already, one of another form, one not reserved, and a voided one', async () => {
    const enter = (paperNumber: string) => office.asClerk.invoke('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T12:00', paperNumber }));
    expect(await enter('TS-202611-0002')).toMatchObject({ ok: false, error: { code: 'conflict', field: 'paperNumber' } });
    expect(await enter('TS-202611-0004')).toMatchObject({ ok: false, error: { code: 'not_found', field: 'paperNumber' } });
    expect(await enter('TS-20261-0004')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    expect(await office.asClerk.invoke('paperForms.void', { entered: 'TS-202611-0003', reason: '填错作废' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const voided = await office.asSupervisor.call('paperForms.void', { entered: 'TS-202611-0003', reason: '表单被咖啡浸湿,已销毁' });
    expect(voided).toMatchObject({ status: 'voided', voidReason: '表单被咖啡浸湿,已销毁' });
    const refused = await enter('TS-202611-0003');
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', field: 'paperNumber' } });
    expect(refused.ok ? '' : refused.error.message).toContain('已作废');
    expect(await office.asSupervisor.invoke('paperForms.void', { entered: 'TS-202611-0002', reason: '误操作' })).toMatchObject({ ok: false, error: { code: 'rule' } });

    const repairs = await office.asSupervisor.call('paperForms.reserve', { kind: 'repair', count: 1 });
    const { file, dir } = read(repairs);
    expect(scanPages(file, dir)).toEqual([['TAIZHANG:JX01:blankRepair:BX-202611-0001:R0']]);
    const wrongForm = await enter('BX-202611-0001');
    expect(wrongForm).toMatchObject({ ok: false, error: { code: 'rule', field: 'paperNumber' } });
    expect(wrongForm.ok ? '' : wrongForm.error.message).toContain('客户报修处理登记表');
  });

  it('enters a repair from its blank, and the repair after it continues the sequence', async () => {
    const repair = await office.asClerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-11-23T10:30', paperNumber: 'BX-202611-0001' }));
    expect(repair).toMatchObject({ number: 'BX-202611-0001', reportedAt: '2026-11-23T10:30:00' });
    expect((await office.asClerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-11-23T13:50' }))).number).toBe('BX-202611-0002');
    const printed = await office.asClerk.call('repairs.print', { id: repair.id });
    const { file, dir } = read(printed);
    expect(scanPages(file, dir)).toEqual([['TAIZHANG:JX01:repair:BX-202611-0001:R0']]);
  });

  it('lists every blank with its state', async () => {
    const all = await office.asClerk.call('paperForms.list', {});
    expect(all.map((blank) => `${blank.number} ${blank.status}`)).toEqual([
      'BX-202611-0001 used',
      'TS-202611-0001 reserved',
      'TS-202611-0002 used',
      'TS-202611-0003 voided',
      'TS-202611-0005 used',
      'TS-202611-0006 reserved',
    ]);
  });

  it('shows the month’s reserved, used and voided blanks in the statistics', async () => {
    const report = await office.asClerk.call('statistics.report', { from: '2026-11' });
    const blanks = report.tables.find((table) => table.key === 'paperForms.blanks')!;
    expect(blanks.rows.map((row) => [row.label, row.current.value])).toEqual([
      ['预留编号', 6],
      ['已录入', 3],
      ['已作废', 1],
      ['未录入', 2],
    ]);
  });

  it('prints a blank call sheet, a reserved number on every row, and enters a call from its row', async () => {
    const sheet = await office.asSupervisor.call('paperForms.reserve', { kind: 'call', count: 1 });
    expect(sheet.fileName).toBe('空白客户来电记录表-LD-202611-0001至LD-202611-0010.pdf');
    const { file, dir, pages } = read(sheet);
    expect(pages).toHaveLength(1);
    expect(pdfInfo(file)['Page size']).toBe('841.89 x 595.28 pts (A4)');
    for (let row = 1; row <= 10; row += 1) expect(pages[0]).toContain(`LD-202611-${String(row).padStart(4, '0')}`);
    expect(pages[0]).toContain('编号:LD-202611-0001');
    expect(pages[0]).toContain('第1页共1页');
    expect(scanPages(file, dir)).toEqual([['TAIZHANG:JX01:blankCall:LD-202611-0001:R0']]);
    expect(Math.min(...pdfWordSizes(file).map((word) => word.size))).toBeGreaterThanOrEqual(8.95);

    const call = await office.asClerk.call('calls.create', { calledAt: '2026-11-23T10:20', callerName: '陈喆', matter: '停电时来电:电梯停运', paperNumber: 'LD-202611-0003' });
    expect(call).toMatchObject({ number: 'LD-202611-0003', calledAt: '2026-11-23T10:20:00' });
    expect((await office.asClerk.call('calls.create', { matter: '问物业费缴费时间' })).number).toBe('LD-202611-0011');
  });
});
