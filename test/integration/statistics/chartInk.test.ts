import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { afterAll, describe, expect, it } from 'vitest';
import { chartSvg } from '../../../electron/app/statistics/chartSvg';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { printFontName, renderPdf } from '../../../electron/app/forms/renderPdf';
import type { ChartOption } from '../../../shared/domain/statistics/statisticsCharts';

const work = mkdtempSync(join(tmpdir(), 'taizhang-chart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The printed chart as pixels: the PDF rasterised to greyscale by poppler, darker-than-text-grey pixels counted. */
async function inkOf(option: ChartOption): Promise<number> {
  const svg = chartSvg(option, 400, 300);
  const pdf = await renderPdf(loadPrintFonts(), {
    pageSize: 'A4',
    defaultStyle: { font: printFontName },
    content: [
      // As on the report: text precedes the chart, whose SVG renderer keeps the page's current (print) font.
      { text: '按严重程度' },
      { svg, width: 400, height: 300, font: printFontName, options: { warningCallback: () => undefined } } as Content,
    ],
  });
  writeFileSync(join(work, 'chart.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', join(work, 'chart.pdf'), join(work, 'chart')]);
  const image = readFileSync(join(work, 'chart.pgm'));
  // P5 header: magic, width, height, max value, each followed by whitespace; then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 40).toString('latin1'))!;
  const pixels = image.subarray(header[0].length);
  return pixels.reduce((dark, value) => dark + (value < 110 ? 1 : 0), 0);
}

// Pale slices and label lines, labels in their default colour (which comes with the halo): only letters print dark.
const pie = (showLabels: boolean): ChartOption =>
  ({
    animation: false,
    series: [
      {
        type: 'pie',
        radius: ['28%', '58%'],
        color: ['#e8e8e8', '#f0f0f0'],
        labelLine: { lineStyle: { color: '#eeeeee' } },
        label: { show: showLabels, fontFamily: printFontName, formatter: '{b}\n{c} 件' },
        data: [{ name: '一般投诉', value: 45 }, { name: '重大投诉', value: 6 }],
      },
    ],
  }) as ChartOption;

describe('charts on the printed report', () => {
  it('print the pie labels in ink (their on-screen halo used to paint over them)', async () => {
    const without = await inkOf(pie(false));
    const withLabels = await inkOf(pie(true));
    // Two labels of two lines, 12 px characters: hundreds of dark pixels.
    expect(withLabels - without).toBeGreaterThan(200);
  });
});
