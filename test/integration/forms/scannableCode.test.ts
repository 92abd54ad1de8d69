import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { formDocument } from '../../../electron/app/forms/formParts';
import { renderPdf } from '../../../electron/app/forms/renderPdf';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { scanFirstPage, scanPages } from '../../helpers/pdf';

describe('the code printed on a form', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('scans back as the office, the kind of paper, the record number and the revision, so a signed scan finds its record', async () => {
    const complaint = await office.app.call('complaints.create', complaintIntake(office));
    const printed = await office.app.call('complaints.print', { id: complaint.id });
    const scanned = scanFirstPage(join(office.dataDir, 'prints', printed.fileName), office.dataDir);
    expect(scanned).toEqual([`TAIZHANG:JX01:complaint:${complaint.number}:R0`]);
  });

  it('scans on every page of a long form, and each form in a row scans as its own', async () => {
    const fonts = loadPrintFonts();
    const heading = { name: '锦绣花园管理处', companyName: '锦绣物业', code: 'JX01' };
    const form = (number: string, paragraphs: number) =>
      formDocument({ title: '业主投诉处理记录表', kind: 'complaint', office: heading, number, revision: 2, printedAt: '2026-11-23T09:30:00' }, Array.from({ length: paragraphs }, (_, i) => ({ text: `第 ${i + 1} 段:楼上卫生间漏水,天花板渗水发霉。` })));
    const scans: string[][][] = [];
    for (const [number, paragraphs] of [['TS-202611-0001', 90], ['TS-202611-0002', 1], ['TS-202611-0001', 1]] as const) {
      const file = join(office.dataDir, `scan-${number}-${paragraphs}.pdf`);
      writeFileSync(file, await renderPdf(fonts, form(number, paragraphs)));
      scans.push(scanPages(file, office.dataDir));
    }
    expect(scans[0]!.length).toBeGreaterThan(1);
    for (const page of scans[0]!) expect(page).toEqual(['TAIZHANG:JX01:complaint:TS-202611-0001:R2']);
    expect(scans[1]).toEqual([['TAIZHANG:JX01:complaint:TS-202611-0002:R2']]);
    expect(scans[2]).toEqual([['TAIZHANG:JX01:complaint:TS-202611-0001:R2']]);
  });
});
