import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toRanges, type CodePointRanges } from '../../../shared/domain/glyphCoverage';
import { parsedFont } from './renderPdf';

/**
 * The printing font: Noto Sans SC (SIL OFL 1.1) from the @expo-google-fonts/noto-sans-sc package, so the
 * 10 MB TTFs come with npm rather than living in git. pdfkit embeds only the glyphs a document uses.
 */
export interface PrintFonts {
  family: string;
  regular: Buffer;
  bold: Buffer;
  coverage: CodePointRanges;
  license: string;
}

const fontPackage = '@expo-google-fonts/noto-sans-sc';

let loaded: PrintFonts | undefined;

/** Read once per process: the files are large and never change while the app runs. */
export function loadPrintFonts(): PrintFonts {
  if (loaded) return loaded;
  const packageDir = dirname(createRequire(import.meta.url).resolve(`${fontPackage}/package.json`));
  const regular = readFileSync(join(packageDir, '400Regular', 'NotoSansSC_400Regular.ttf'));
  const bold = readFileSync(join(packageDir, '700Bold', 'NotoSansSC_700Bold.ttf'));
  // Parsed once for the whole process: the coverage here, every printed document after (renderPdf.ts).
  const font = parsedFont(regular);
  const codePoints = [...new Set(font.characterSet)].sort((a, b) => a - b);
  loaded = {
    family: font.familyName,
    regular,
    bold,
    coverage: toRanges(codePoints),
    license: 'Noto Sans SC © Adobe / Google,SIL Open Font License 1.1',
  };
  return loaded;
}
