import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { agentIdNumber, customerIdNumber, lossIntake, movableClock } from '../../helpers/lossDeclaration';
import { tinyPdf } from '../../helpers/lifecycle';
import { pdfInfo, pdfPageTexts, pdfText, scanPages } from '../../helpers/pdf';
import { printsDir } from '../../../electron/app/forms/printService';

/** pdftotext of one page, so each copy is checked on its own sheet. */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the printed 收据、发票遗失声明', () => {
  let office: TestOffice;
  const clock = movableClock();
  beforeEach(async () => {
    clock.set('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
  });
  afterEach(() => office.close());

  async function print(input: Parameters<TestOffice['asClerk']['call']>[1] & object) {
    const printed = await office.asClerk.call('lossDeclarations.print', input as never);
    const file = join(office.dataDir, `read-${Date.now()}-${Math.random()}.pdf`);
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    return { printed, file };
  }

  it('prints 一式贰份: the 营销部 and 财务部 copies on separate A4 pages, each complete', async () => {
    const { id, number } = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    const { printed, file } = await print({ id });
    expect(printed.missingGlyphs).toEqual([]);
    expect(pdfInfo(file)['Pages']).toBe('2');
    expect(pdfInfo(file)['Page size']).toContain('(A4)');
    const copies = ['营销部留存联', '财务部留存联'];
    for (const [index, copy] of copies.entries()) {
      const text = squeeze(pageText(file, index + 1));
      expect(text).toContain(`一式贰份·${copy}`);
      expect(text).not.toContain(copies[1 - index]);
      expect(text).toContain('收据、发票遗失声明');
      expect(text).toContain(`编号:${number}`);
      expect(text).toContain('锦绣花园管理处');
      expect(text).toContain('本人陈喆');
      expect(text).toContain('壹万零伍元整');
      expect(text).toContain('¥10,005.00');
      expect(text).toContain('现声明该收据作废,申请挂失');
      expect(text).toContain('2026年11月23日至2026年12月07日');
      expect(text).toContain('委托代理人李代');
      for (const line of ['客户(或代理人)签字:', '置业顾问签字:', '销售经理签字:', '会计签字:']) expect(text).toContain(line);
      expect(text.match(/年月日/g)?.length).toBeGreaterThanOrEqual(4);
      // Masked unless the office chose otherwise for this print.
      expect(text).toContain(`${customerIdNumber.slice(0, 6)}********${customerIdNumber.slice(-4)}`);
      expect(text).not.toContain(customerIdNumber);
      expect(text).not.toContain(agentIdNumber);
      expect(text).toContain('139****5678');
    }
  });

  it('prints the full ID numbers when chosen for that print, and the history records each choice', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    const { file, printed } = await print({ id, fullIdNumber: true });
    // Shown in the preview, never kept on disk.
    expect(existsSync(join(printsDir(office.dataDir), printed.fileName))).toBe(false);
    const text = squeeze(pdfText(file));
    expect(text).toContain(customerIdNumber);
    expect(text).toContain(agentIdNumber);
    expect(text).toContain('13912345678');
    // The masked paper has its own file (issue 17), and that one is kept.
    const masked = await print({ id });
    expect(masked.printed.fileName).not.toBe(printed.fileName);
    expect(existsSync(join(printsDir(office.dataDir), masked.printed.fileName))).toBe(true);
    const prints = (await office.asClerk.call('lossDeclarations.get', { id })).history.filter((entry) => entry.action === '打印');
    expect(prints.map((entry) => [entry.staffName, entry.summary])).toEqual([
      ['王堃', '打印收据、发票遗失声明(一式贰份),身份证号完整显示'],
      ['王堃', '打印收据、发票遗失声明(一式贰份),身份证号隐去中间位'],
    ]);
  });

  it('prints the outcome copies b) and c) with their own wording, and refuses one before the outcome', async () => {
    const receipt = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    const invoice = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { documentType: 'invoice', documentNumber: 'FP-88001234' }));
    expect(await office.asClerk.invoke('lossDeclarations.print', { id: receipt.id, copy: 'outcome' })).toMatchObject({ ok: false, error: { code: 'rule' } });
    clock.set('2026-11-24T09:30:00');
    await office.asClerk.call('lossDeclarations.recordStub', {
      id: invoice.id,
      foundByStaffId: office.supervisor.id,
      foundAt: '2026-11-24T09:00',
      fileName: '发票记账联.pdf',
      contentBase64: tinyPdf.toString('base64'),
    });
    clock.set('2026-12-08T09:00:00');
    await office.asClerk.call('lossDeclarations.decideOutcome', { id: receipt.id, outcome: 'receiptCopy', presentPerson: 'customer' });
    await office.asClerk.call('lossDeclarations.decideOutcome', { id: invoice.id, outcome: 'invoiceCopy', presentPerson: 'customer' });

    const b = squeeze(pdfText((await print({ id: receipt.id, copy: 'outcome' })).file));
    expect(b).toContain('收据、发票遗失声明(复印件)');
    expect(b).toContain('b)收据遗失,不退款');
    expect(b).toContain('留存至交房或换取发票时使用');
    expect(b).not.toContain('财务章');

    const { file } = await print({ id: invoice.id, copy: 'outcome' });
    expect(pdfInfo(file)['Pages']).toBe('1');
    const c = squeeze(pdfText(file));
    expect(c).toContain('c)发票遗失,不退款');
    expect(c).toContain('发票记账联复印件加盖公司财务章后交客户留存,留存至办理房产证时使用');
    // The finance seal has its place on the copy, beside the stub's copy.
    expect(c).toContain('财务专用章加盖处');
    expect(c).toContain('附:发票记账联复印件一份(加盖财务专用章)');
    expect(c).toContain('FP-88001234');
    expect(c).toContain('2026年11月24日'); // the accountant's date: when the stub was found
  });

  it('gives the masked, the full-ID and the customer’s copy papers their own code and their own file', async () => {
    const { id, number } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    clock.set('2026-12-08T09:00:00');
    await office.asClerk.call('lossDeclarations.decideOutcome', { id, outcome: 'receiptCopy', presentPerson: 'customer' });
    const papers = [{ id }, { id, fullIdNumber: true }, { id, copy: 'outcome' }, { id, copy: 'outcome', fullIdNumber: true }];
    const printed = [];
    for (const input of papers) printed.push(await print(input));
    expect(new Set(printed.map((paper) => paper.printed.fileName)).size).toBe(4);
    const codes = printed.map((paper) => scanPages(paper.file, office.dataDir).map((page) => page.join()));
    expect(codes).toEqual([
      [`TAIZHANG:JX01:lossDeclaration:${number}:R0`, `TAIZHANG:JX01:lossDeclaration:${number}:R0`],
      [`TAIZHANG:JX01:lossDeclarationFull:${number}:R0`, `TAIZHANG:JX01:lossDeclarationFull:${number}:R0`],
      [`TAIZHANG:JX01:lossOutcome:${number}:R0`],
      [`TAIZHANG:JX01:lossOutcomeFull:${number}:R0`],
    ]);
  });

  it('prints 𠮷 in a name as itself, and a name with a character no print font has only once the clerk confirmed it', async () => {
    const plain = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { customerName: '𠮷祥云' }));
    const { printed, file } = await print({ id: plain.id });
    expect(printed.missingGlyphs).toEqual([]);
    for (const page of pdfPageTexts(file)) expect(squeeze(page)).toContain('本人𠮷祥云');

    const marked = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { customerName: '龙𪚥' }));
    const refused = await office.asClerk.invoke('lossDeclarations.print', { id: marked.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', field: 'confirmMarkedNames' } });
    expect(refused.ok ? '' : refused.error.message).toContain('龙〔U+2A6A5〕');
    const confirmed = await print({ id: marked.id, confirmMarkedNames: true });
    expect(confirmed.printed.missingGlyphs).toEqual(['𪚥']);
    // The marker is never broken across two lines.
    for (const page of pdfPageTexts(confirmed.file)) expect(page).toContain('〔U+2A6A5〕');
  });
});
