import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../../../../shared/domain/statistics/statisticsCharts';

/** One ECharts chart (SVG, so it stays sharp when zoomed); the same options the printed report draws. */
export function EChart({ option, height, testId }: { option: ChartOption; height: number; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} style={{ width: '100%', height }} data-testid={testId} />;
}
