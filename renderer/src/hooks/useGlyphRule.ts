import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { useFontCoverage } from '../api/queries';
import { glyphRule } from '../forms/glyphWarning';

/** The glyph check for every text field of a form that prints; inert until the font's coverage has arrived. */
export function useGlyphRule(): FormRule {
  const coverage = useFontCoverage();
  const ranges = coverage.data?.ranges;
  return useMemo(() => glyphRule(ranges), [ranges]);
}
