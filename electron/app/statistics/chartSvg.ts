import type * as Echarts from 'echarts';
import type { ChartOption } from '../../../shared/domain/statistics/statisticsCharts';
import { onFirstUse } from '../onFirstUse';

/** Only the monthly report's PDF draws charts in the main process. */
const echarts = onFirstUse<typeof Echarts>('echarts');

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
