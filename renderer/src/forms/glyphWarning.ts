import type { FormRule } from 'antd';
import { findMissingGlyphs, missingGlyphPlaceholder, type CodePointRanges } from '../../../shared/domain/glyphCoverage';

/** The warning a clerk reads when a character would print as a placeholder instead of itself. */
export function glyphWarning(missing: readonly string[]): string {
  const chars = missing.map((char) => `「${char}」`).join('');
  const placeholders = missing.map(missingGlyphPlaceholder).join('');
  const which = missing.length > 1 ? '这些字' : '这个字';
  return `${chars}打印字体中没有${which},打印时会显示为${placeholders},请改用常用写法或在备注中说明。`;
}

/** A warning-only form rule: it shows under the field and never blocks saving. */
export function glyphRule(ranges: CodePointRanges | undefined): FormRule {
  return {
    warningOnly: true,
    validator: async (_rule, value: unknown) => {
      if (!ranges || typeof value !== 'string' || value === '') return;
      const missing = findMissingGlyphs(ranges, value);
      if (missing.length > 0) throw new Error(glyphWarning(missing));
    },
  };
}
