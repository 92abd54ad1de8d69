import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import type { ChartOption } from '../../../shared/domain/statistics/statisticsCharts';

/**
 * ECharts is loaded with the first chart, not with the app: only the monthly report's PDF draws charts here, and
 * its code and heap would otherwise weigh on the main process all day.
 */
let loaded: typeof Echarts | undefined;
function echarts(): typeof Echarts {
  return (loaded ??= createRequire(import.meta.url)('echarts') as typeof Echarts);
}

/** An ECharts option drawn to SVG in the main process (server-side rendering): vector, so the paper stays crisp. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return withoutTextHalos(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts gives pie labels a white halo drawn under the letters with `paint-order="stroke"`. The PDF's SVG
 * renderer ignores paint-order and strokes over the fill, so the labels vanished from the printed report.
 * On paper the halo is not needed: it is dropped.
 */
function withoutTextHalos(svg: string): string {
  return svg.replace(/<text\b[^>]*\bpaint-order="stroke"[^>]*>/g, (tag) =>
    tag.replace(/\s(?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g, ''),
  );
}
