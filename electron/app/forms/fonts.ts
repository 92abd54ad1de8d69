import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { toRanges, type CodePointRanges } from '../../../shared/domain/glyphCoverage';

/**
 * The printing fonts, a fallback chain of maintained font packages (SIL OFL 1.1, installed by npm rather than
 * kept in git): Noto Sans SC first, then Noto Sans JP, which has 354 CJK Extension B characters SC lacks (𠮷 of
 * 𠮷祥云). Each character prints in the first face that has it (fontFallback.ts); pdfkit embeds only the glyphs a
 * document uses, so a face no character needs is not in the PDF at all.
 */
export interface PrintFace {
  /** The name the documents use for it (pdfmake's font family). */
  name: string;
  /** As the font file calls itself: Noto Sans SC. */
  family: string;
  /**
   * The font files, by path: only a render process reads their bytes (renderPdf.ts). The main process keeps what
   * it needs to lay out and key a form, not the ~40 MB of font data.
   */
  files: { regular: string; bold: string };
  coverage: CodePointRanges;
}

export interface PrintFonts {
  /** The chain as people read it: Noto Sans SC + Noto Sans JP. */
  family: string;
  /** The first face is the one every text starts in. */
  faces: readonly PrintFace[];
  /** What the chain as a whole can draw; a character outside it prints as a visible 〔U+…〕. */
  coverage: CodePointRanges;
  license: string;
  /** A hash of every font file's bytes: a cached form was printed with these very fonts (formCache.ts). */
  fingerprint: string;
}

const chain = [
  { name: 'NotoSansSC', packageName: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC' },
  { name: 'NotoSansJP', packageName: '@expo-google-fonts/noto-sans-jp', file: 'NotoSansJP' },
] as const;

let loaded: PrintFonts | undefined;

/** A face's names and coverage, read from its files, which are then let go; the fingerprint takes their bytes. */
function loadFace(link: (typeof chain)[number], fingerprint: ReturnType<typeof createHash>): PrintFace {
  const packageDir = dirname(createRequire(import.meta.url).resolve(`${link.packageName}/package.json`));
  const files = { regular: join(packageDir, '400Regular', `${link.file}_400Regular.ttf`), bold: join(packageDir, '700Bold', `${link.file}_700Bold.ttf`) };
  const regular = readFileSync(files.regular);
  fingerprint.update(regular);
  hashFile(files.bold, fingerprint);
  const font = fontkit.create(regular);
  const codePoints = [...new Set(font.characterSet)].sort((a, b) => a - b);
  return { name: link.name, family: font.familyName, files, coverage: toRanges(codePoints) };
}

/** A file into the hash a piece at a time: the bold faces are only hashed, never needed whole here. */
function hashFile(file: string, hash: ReturnType<typeof createHash>): void {
  const piece = Buffer.allocUnsafe(2 ** 20);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, piece); read > 0; read = readSync(fd, piece)) hash.update(piece.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Read once per process: the files are large and never change while the app runs. */
export function loadPrintFonts(): PrintFonts {
  if (loaded) return loaded;
  const fingerprint = createHash('sha256');
  const faces = chain.map((link) => loadFace(link, fingerprint));
  const union = [...new Set(faces.flatMap((face) => face.coverage.flatMap(([start, end]) => rangeOf(start, end))))].sort((a, b) => a - b);
  loaded = {
    family: faces.map((face) => face.family).join(' + '),
    faces,
    coverage: toRanges(union),
    license: `${faces.map((face) => face.family).join('、')} © Adobe / Google,SIL Open Font License 1.1`,
    fingerprint: fingerprint.digest('hex'),
  };
  return loaded;
}

function rangeOf(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
