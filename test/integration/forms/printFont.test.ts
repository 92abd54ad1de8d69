import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covers } from '../../../shared/domain/glyphCoverage';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { pdfFonts, pdfText } from '../../helpers/pdf';

// Real names with characters that often print as blanks or boxes; 䶮 is in CJK Extension A.
const rareNames = ['王堃', '陈喆', '李犇', '张昇', '赵玥', '孙赟', '周珺', '王䶮'];

describe('the printing font', () => {
  let office: TestOffice;
  let rareFile: string;

  beforeAll(async () => {
    office = await openTestOffice();
    const complaint = await office.asClerk.call('complaints.create', // receiver 王堃
      complaintIntake(office, {
        complainantName: '李犇',
        content: '邻居张昇、赵玥、孙赟反映同一问题,主管周珺已知悉。',
        demand: '请王䶮师傅与陈喆联系',
      }),
    );
    const printed = await office.app.call('complaints.print', { id: complaint.id });
    rareFile = join(office.dataDir, 'prints', printed.fileName);
  });
  afterAll(async () => {
    await office.close();
  });

  it('is Noto Sans SC, embedded and subset, and the only font in the PDF', () => {
    const fonts = pdfFonts(rareFile);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('prints rare name characters as themselves', () => {
    const text = pdfText(rareFile);
    for (const name of rareNames) expect(text, name).toContain(name);
    expect(text).not.toContain('\ufffd');
    expect(text).not.toContain('〔U+');
  });

  it('reports what it cannot draw, which the test characters rely on', async () => {
    const coverage = await office.app.call('fonts.coverage', {});
    expect(coverage.family).toBe('Noto Sans SC + Noto Sans JP');
    expect(coverage.license).toContain('Open Font License');
    for (const char of rareNames.join('')) expect(covers(coverage.ranges, char.codePointAt(0)!), char).toBe(true);
    // 𠮷 (Extension B) only in the fallback face; 𪚥 in none.
    expect(covers(coverage.ranges, 0x20bb7)).toBe(true);
    expect(covers(coverage.ranges, 0x2a6a5)).toBe(false);
  });

  it('prints a character it lacks as its code point, and tells the clerk', async () => {
    const complaint = await office.app.call('complaints.create', complaintIntake(office, { content: '业主名为𪚥(四个龙字),请核对。' }));
    const printed = await office.app.call('complaints.print', { id: complaint.id });
    expect(printed.missingGlyphs).toEqual(['𪚥']);
    const text = pdfText(join(office.dataDir, 'prints', printed.fileName));
    expect(text).toContain('业主名为〔U+2A6A5〕(四个龙字)');
    expect(text).not.toContain('𪚥');
    // The record itself keeps the character; only the print stands in for it.
    expect((await office.app.call('complaints.get', { id: complaint.id })).complaint.content).toContain('𪚥');
  });
});
