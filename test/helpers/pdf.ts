import { execFileSync } from 'node:child_process';

/** Read a PDF back with poppler-utils, the way a person's viewer or a search index would see it. */

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The table `pdffonts` prints, cut at the column boundaries its dashed header line marks. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const ruler = lines.findIndex((line) => line.startsWith('---'));
  if (ruler < 0) throw new Error(`pdffonts printed no table:\n${lines.join('\n')}`);
  const columns: Array<[number, number]> = [];
  for (const match of lines[ruler]!.matchAll(/-+/g)) columns.push([match.index, match.index + match[0].length]);
  return lines
    .slice(ruler + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, type, encoding, emb, sub, uni] = columns.map(([start, end]) => line.slice(start, end).trim());
      return { name: name!, type: type!, encoding: encoding!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

/** What a barcode scanner reads off page 1, printed at 150 dpi: zbarimg (Debian zbar-tools) on pdftoppm's PNG. */
export function scanFirstPage(file: string, workDir: string): string[] {
  const prefix = `${workDir}/scan`;
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const output = execFileSync('zbarimg', ['--quiet', '--raw', `${prefix}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return output.split('\n').filter((line) => line !== '');
}

/** Each page's text, as pdftotext reads that page alone. */
export function pdfPageTexts(file: string): string[] {
  const pages = Number(pdfInfo(file).Pages);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

/**
 * Every word with its height in points (`pdftotext -bbox`): a word's box is the font's ascent to descent, which
 * for the Noto CJK faces is 1.448 em, so its type size is the height ÷ 1.448.
 */
export function pdfWordSizes(file: string): Array<{ word: string; size: number; page: number }> {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Array<{ word: string; size: number; page: number }> = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) words.push({ word: match[3]!, size: (Number(match[2]) - Number(match[1])) / 1.448, page });
  }
  return words;
}

/** What a barcode scanner reads off each page, printed at 150 dpi. */
export function scanPages(file: string, workDir: string): string[][] {
  const prefix = `${workDir}/page`;
  execFileSync('pdftoppm', ['-png', '-r', '150', file, prefix]);
  const pages = Number(pdfInfo(file).Pages);
  const width = String(pages).length;
  return Array.from({ length: pages }, (_, i) => {
    const png = `${prefix}-${String(i + 1).padStart(width, '0')}.png`;
    try {
      return execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter((line) => line !== '');
    } catch {
      return []; // zbarimg exits 4 when it finds no code on the page
    }
  });
}

/**
 * The text of a form as a reader follows it: the sheets' text with each "……(续见附页 N)" replaced by what 附页 N
 * carries, whitespace removed, each page's frame (office, title, number line, footer) left out.
 */
export function readBack(file: string): string {
  const bodies = pdfPageTexts(file).map((page) =>
    page
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(3)
      .filter((line) => !line.includes('打印于'))
      .join('')
      .replace(/\s+/g, ''),
  );
  let sheets = '';
  const attachments = new Map<string, string>();
  let current: string | null = null;
  for (const body of bodies) {
    const start = /^附页(\d+).*?\(接正文\)/.exec(body);
    if (start) attachments.set((current = start[1]!), body.slice(start[0].length));
    else if (current !== null) attachments.set(current, attachments.get(current)! + body);
    else sheets += body;
  }
  return sheets.replace(/……\(续见附页(\d+)\)/g, (_, number: string) => attachments.get(number) ?? `〈附页 ${number} 缺失〉`);
}
