import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../electron/app/statistics/chartSvg';
import { tableChartOption, trendChartOption } from '../../../shared/domain/statistics/statisticsCharts';
import type { StatRow, StatTable } from '../../../shared/domain/statistics/statistics';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every unrotated text of the SVG with the box it takes (a CJK character 1 em wide, others 0.6 em). */
function texts(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const [attributes, text] = [match[1]!, match[2]!];
    if (/rotate\(|matrix\(/.test(attributes)) continue;
    const size = Number(/font-size:([\d.]+)px/.exec(attributes)![1]);
    const attribute = (name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? 0);
    const moved = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attributes);
    const [x, y] = moved ? [Number(moved[1]) + attribute('x'), Number(moved[2])] : [attribute('x'), 0];
    const dy = attribute('y');
    const width = [...text].reduce((sum, char) => sum + (char.codePointAt(0)! > 0x2e80 ? 1 : 0.6), 0) * size;
    const anchor = /text-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'start';
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    const centre = y + dy;
    boxes.push({ text, left, right: left + width, top: centre - size / 2, bottom: centre + size / 2 });
  }
  return boxes;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function collisions(svg: string): string[] {
  const boxes = texts(svg);
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`${a.text} × ${b.text}`)));
  return found;
}

const row = (key: string, label: string, value: number): StatRow => ({ key, label, format: 'count', current: { value, link: null }, previous: null, lastYear: null });

describe('the printed report’s charts', () => {
  it('keeps the bar labels clear of the title and of each other, and labels no zero', () => {
    const table: StatTable = {
      key: 'categories',
      title: '投诉分类统计',
      chart: 'bar',
      compare: false,
      rows: [row('a', '综合服务', 0), row('b', '保洁服务', 3), row('c', '维修服务', 41), row('d', '业务接待', 0), row('e', '秩序维护', 40), row('f', '绿化养护', 1), row('g', '部门服务', 0)],
    };
    const svg = chartSvg(tableChartOption(table)!, 515, 190);
    expect(collisions(svg)).toEqual([]);
    const labels = texts(svg).map((box) => box.text);
    for (const value of ['3', '41', '40', '1']) expect(labels).toContain(value);
    // 0 is the y axis' own tick, once; no bar is labelled 0.
    expect(labels.filter((text) => text === '0')).toHaveLength(1);
  });

  it('keeps the pie labels clear of the title and of each other', () => {
    const table: StatTable = {
      key: 'severity',
      title: '严重程度',
      chart: 'pie',
      compare: false,
      rows: [row('a', '轻微', 1), row('b', '一般', 30), row('c', '重大', 1), row('d', '严重', 1), row('e', '紧急', 0)],
    };
    const svg = chartSvg(tableChartOption(table)!, 515, 200);
    expect(collisions(svg)).toEqual([]);
    expect(texts(svg).some((box) => box.text.includes('紧急'))).toBe(false);
  });

  it('keeps the trend’s point labels clear of the title and of each other, and labels no zero', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    const svg = chartSvg(
      trendChartOption({
        title: '近 12 个月投诉趋势',
        months,
        series: [
          { key: 'received', label: '受理', values: [12, 14, 14, 0, 9, 30, 31, 30, 8, 0, 11, 12] },
          { key: 'overdue', label: '超期', values: [11, 13, 14, 0, 0, 29, 30, 1, 0, 0, 10, 12] },
        ],
      }),
      515,
      220,
    );
    expect(collisions(svg)).toEqual([]);
    expect(texts(svg).filter((box) => box.text === '0')).toHaveLength(1);
  });
});
