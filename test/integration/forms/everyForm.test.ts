import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longComplaint, openPaperOffice, type PaperOffice } from '../../helpers/paperFixture';
import { pdfFonts, pdfPageTexts, pdfText, pdfWordSizes, scanPages } from '../../helpers/pdf';

/**
 * Every form every ledger declares, rendered for a record filled in as a new user would (a 617-character
 * complaint from 𠮷祥云, an amount of 10005.00) and read back as its reader would: each page's text, the type
 * size of every word, each page's code, the fonts.
 */
describe('every declared form, on paper', () => {
  let office: PaperOffice;
  let dir: string;
  const files = new Map<string, string>();

  beforeAll(async () => {
    office = await openPaperOffice();
    dir = mkdtempSync(join(tmpdir(), 'taizhang-every-form-'));
    for (const form of office.app.ctx.ledgers.forms) {
      const key = office.ids[form.form as keyof PaperOffice['ids']] ?? office.ids.lossDeclaration;
      const file = join(dir, `${form.form}.pdf`);
      writeFileSync(file, await form.render(office.app.ctx, key));
      files.set(form.form, file);
      if (process.env.KEEP) writeFileSync(join(process.env.KEEP, `${form.form}.pdf`), await form.render(office.app.ctx, key));
    }
  });
  afterAll(async () => {
    await office.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const expected = (form: string) => {
    const declared = office.app.ctx.ledgers.forms.find((candidate) => candidate.form === form)!;
    return declared;
  };

  it('covers every form of every ledger', () => {
    expect([...files.keys()].sort()).toEqual(
      ['callDay', 'capaReport', 'complaint', 'inspection', 'lossDeclaration', 'lossOutcome', 'repair', 'repairWorkOrder', 'revisit', 'workOrder'].sort(),
    );
  });

  it('carries on every page the title, the number, the revision and 第 x 页 共 y 页', () => {
    for (const [form, file] of files) {
      const pages = pdfPageTexts(file);
      const title = expected(form).title;
      pages.forEach((text, index) => {
        const flat = text.replace(/\s+/g, '');
        expect(flat, `${form} p${index + 1}`).toContain(title.replace(/\s+/g, ''));
        expect(flat, `${form} p${index + 1}`).toMatch(/编号:[A-Z]{2}-\d{6,8}/);
        expect(flat, `${form} p${index + 1}`).toMatch(/第\d+版/);
        expect(flat, `${form} p${index + 1}`).toContain(`第${index + 1}页共${pages.length}页`);
      });
    }
  });

  // The report was asked for and not answered yet: the paper is its blank.
  const kinds: Record<string, string> = { capaReport: 'capaReportBlank' };

  it('has its own code on every page: office, kind of paper, number and revision', () => {
    const payloads = new Set<string>();
    for (const [form, file] of files) {
      const pageDir = join(dir, `scan-${form}`);
      mkdirSync(pageDir);
      const scanned = scanPages(file, pageDir);
      const number = /编号:(\S+)/.exec(pdfText(file))![1]!;
      for (const [index, codes] of scanned.entries()) {
        expect(codes, `${form} p${index + 1}`).toHaveLength(1);
        expect(codes[0], `${form} p${index + 1}`).toMatch(new RegExp(`^TAIZHANG:JX01:${kinds[form] ?? form}:${number}:R\\d+$`));
      }
      payloads.add(scanned[0]![0]!);
    }
    // Ten papers, ten codes: the repair's register and its work order share a number, not a code.
    expect(payloads.size).toBe(files.size);
  });

  it('prints nothing written below 9 pt', () => {
    for (const [form, file] of files) {
      const smallest = pdfWordSizes(file).reduce((min, word) => (word.size < min.size ? word : min));
      expect(smallest.size, `${form}: “${smallest.word}”`).toBeGreaterThanOrEqual(8.95);
    }
  });

  it('keeps typical content on one sheet (the declaration on its two copies); what does not fit is on 附页', () => {
    for (const [form, file] of files) {
      const sheets = pdfPageTexts(file).filter((text) => !/^\s*附页 \d+\s*$/m.test(text));
      expect(sheets.length, form).toBe(form === 'lossDeclaration' ? 2 : 1);
    }
    // The 617-character complaint: its box says where the rest is, and 附页 1 carries it at the same size.
    const [sheet, attachment] = pdfPageTexts(files.get('complaint')!);
    expect(sheet!.replace(/\s+/g, '')).toMatch(/续见附页1\)/);
    expect(attachment).toMatch(/附页 1/);
    expect(attachment!.replace(/\s+/g, '')).toMatch(/投诉内容\(接正文\)/);
    // The box's start and the attachment's rest, read back, are the whole text, not a character lost or repeated.
    const onSheet = /投诉内容:(.*)……\(续见附页1\)/.exec(sheet!.replace(/\s+/g, ''))![1]!;
    const onAttachment = /投诉内容\(接正文\)(.*)TS-\d{6}-\d{4}业主投诉处理记录表打印于/.exec(attachment!.replace(/\s+/g, ''))![1]!;
    expect(onSheet + onAttachment).toBe(`${longComplaint()}投诉要求:三日内查明原因并赔偿损失`);
  });

  it('prints 𠮷 with the fallback face, embedded and subset, never as a code', () => {
    for (const form of ['complaint', 'repair', 'repairWorkOrder', 'callDay', 'lossDeclaration', 'lossOutcome', 'revisit']) {
      const file = files.get(form)!;
      const text = pdfText(file);
      expect(text, form).toContain('𠮷祥云');
      expect(text, form).not.toContain('〔U+');
      const fonts = pdfFonts(file);
      expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')), form).toContain('NotoSansJP-Regular');
      for (const font of fonts) expect(font, form).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });
});
