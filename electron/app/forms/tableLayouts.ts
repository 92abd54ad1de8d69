import type { CustomTableLayout } from 'pdfmake/interfaces';

/**
 * The tables' rules and padding, by name: pdfmake's layouts are callbacks, which cannot cross to a render worker
 * (renderPool.ts), so a definition names one of these and the renderer registers them (renderPdf.ts). A change
 * here changes rendered forms without changing their definitions: bump formCacheVersion (formCache.ts) with it.
 */
const grid = (line: number, padding: number): CustomTableLayout => ({
  hLineWidth: () => line,
  vLineWidth: () => line,
  paddingTop: () => padding,
  paddingBottom: () => padding,
});

export const formTableLayouts = {
  /** 0.8 pt rules, 1 pt above and below the text: the tight grids of a one-sheet paper. */
  grid1: grid(0.8, 1),
  grid2: grid(0.8, 2),
  grid3: grid(0.8, 3),
  grid4: grid(0.8, 4),
  /** The statistics report's tables: finer rules. */
  thinGrid2: grid(0.5, 2),
  /** The cut-off line of a loss declaration's copies. */
  dashed: {
    hLineStyle: () => ({ dash: { length: 3 } }),
    vLineStyle: () => ({ dash: { length: 3 } }),
    hLineColor: () => '#888888',
    vLineColor: () => '#888888',
  },
} satisfies Record<string, CustomTableLayout>;

export type FormTableLayout = keyof typeof formTableLayouts;
