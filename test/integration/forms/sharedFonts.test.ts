import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { parsedFont, printFontName, renderPdf } from '../../../electron/app/forms/renderPdf';
import { pdfFonts, pdfText } from '../../helpers/pdf';

/** Documents share the fonts parsed once; each still embeds its own subset of exactly its own characters. */
describe('printing with fonts parsed once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-shared-fonts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const document = (title: string, body: string): TDocumentDefinitions => ({
    defaultStyle: { font: printFontName, fontSize: 11 },
    content: [{ text: title, bold: true, fontSize: 16 }, { text: body }],
  });

  it('renders documents at the same time, each with its own text and its own embedded subsets', async () => {
    const fonts = loadPrintFonts();
    const regular = readFileSync(fonts.faces[0]!.files.regular);
    expect(parsedFont(regular)).toBe(parsedFont(regular));
    const texts = [
      ['业主投诉处理记录表', '楼上卫生间漏水,天花板渗水发霉。'],
      ['派工单', '电梯按钮失灵,请工程部王堃处理。'],
      ['回访记录表', '业主陈喆表示满意,李犇另有建议。'],
    ] as const;
    const pdfs = await Promise.all([...texts, ...texts].map(([title, body]) => renderPdf(fonts, document(title, body))));
    for (const [index, pdf] of pdfs.entries()) {
      const file = join(dir, `${index}.pdf`);
      writeFileSync(file, pdf);
      const [title, body] = texts[index % texts.length]!;
      const text = pdfText(file).replace(/\s+/g, '');
      expect(text).toContain(title);
      expect(text).toContain(body.replace(/\s+/g, ''));
      for (const [other] of texts.filter(([otherTitle]) => otherTitle !== title)) expect(text).not.toContain(other);
      const embedded = pdfFonts(file);
      expect(embedded.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
      for (const font of embedded) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    // The same document twice is the same size: nothing of one document's subset leaks into the next.
    expect(pdfs[3]!.length).toBe(pdfs[0]!.length);
  });

  it('names the font files instead of holding them: what the main process keeps and sends each render process is small', () => {
    const fonts = loadPrintFonts();
    // Coverage ranges and paths only; the four font files are ~40 MB.
    expect(Buffer.byteLength(JSON.stringify(fonts))).toBeLessThan(2 ** 20);
    const hash = createHash('sha256');
    for (const face of fonts.faces) hash.update(readFileSync(face.files.regular)).update(readFileSync(face.files.bold));
    expect(fonts.fingerprint).toBe(hash.digest('hex'));
  });
});
