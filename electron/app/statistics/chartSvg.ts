import * as echarts from 'echarts';
import type { ChartOption } from '../../../shared/domain/statisticsCharts';

/** An ECharts option drawn to SVG in the main process (server-side rendering): vector, so the paper stays crisp. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
