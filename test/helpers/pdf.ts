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
