import type { Figure } from './types';

export interface Budget {
  query: { p95Ms: number; ratio: number; ratioSlackMs: number };
  open: { p95Ms: number };
  firstStart: { deskMs: number };
  pdf: { medianMs: number; p95Ms: number };
  statistics: { p95Ms: number };
  archive: { minZipThroughputRatio: number };
  memory: { rssMB: number };
  generation: { secondsPerMillionRecords: number };
  import: { minRowsPerSecond: number };
  /** Issue 20: the experience base's suggestions on the labelled set's held-out texts. */
  experience: { categoryTop1Percent: number; departmentTop1Percent: number };
  /** Issue 22: the UI in Chromium, p95 from input to rendered rows, per step of bench/parts/browser.ts. */
  browser: { coldP95Ms: number; keystrokeP95Ms: number; recordP95Ms: number; deskP95Ms: number; page500P95Ms: number };
}

/** What a figure misses of its budget, in words; empty when it holds. */
export function misses(figure: Figure, budget: Budget): string[] {
  const missed: string[] = [];
  const { app, raw } = figure;
  if (figure.budget === 'query' && app) {
    if (app.p95 > budget.query.p95Ms) missed.push(`p95 ${app.p95.toFixed(1)} > ${budget.query.p95Ms} ms`);
    if (raw && app.median > raw.median * budget.query.ratio && app.median - raw.median > budget.query.ratioSlackMs) {
      missed.push(`${(app.median / raw.median).toFixed(2)}× > ${budget.query.ratio}× raw`);
    }
  }
  if (figure.budget === 'open' && app && app.p95 > budget.open.p95Ms) missed.push(`p95 ${app.p95.toFixed(0)} > ${budget.open.p95Ms} ms`);
  if (figure.budget === 'firstStart' && app && app.p95 > budget.firstStart.deskMs) missed.push(`最慢 ${app.p95.toFixed(0)} > ${budget.firstStart.deskMs} ms`);
  if (figure.budget === 'pdf' && app) {
    if (app.median > budget.pdf.medianMs) missed.push(`median ${app.median.toFixed(0)} > ${budget.pdf.medianMs} ms`);
    if (app.p95 > budget.pdf.p95Ms) missed.push(`p95 ${app.p95.toFixed(0)} > ${budget.pdf.p95Ms} ms`);
  }
  if (figure.budget === 'statistics' && app && app.p95 > budget.statistics.p95Ms) missed.push(`p95 ${app.p95.toFixed(0)} > ${budget.statistics.p95Ms} ms`);
  if (figure.budget === 'archive' && figure.value !== undefined && figure.value < budget.archive.minZipThroughputRatio) {
    missed.push(`${figure.value.toFixed(2)}× < ${budget.archive.minZipThroughputRatio}× zip`);
  }
  if (figure.budget === 'archiveVerify') missed.push('归档校验未通过');
  if (figure.budget === 'memory' && figure.value !== undefined && figure.value > budget.memory.rssMB) missed.push(`RSS ${figure.value.toFixed(0)} > ${budget.memory.rssMB} MB`);
  if (figure.budget === 'generation' && figure.value !== undefined && figure.value > budget.generation.secondsPerMillionRecords) {
    missed.push(`${figure.value.toFixed(0)} s/1M > ${budget.generation.secondsPerMillionRecords}`);
  }
  if (figure.budget === 'import' && figure.value !== undefined && figure.value < budget.import.minRowsPerSecond) {
    missed.push(`${figure.value.toFixed(0)} 行/秒 < ${budget.import.minRowsPerSecond}`);
  }
  if (figure.budget === 'experienceCategory' && figure.value !== undefined && figure.value < budget.experience.categoryTop1Percent) {
    missed.push(`${figure.value.toFixed(1)} % < ${budget.experience.categoryTop1Percent} %`);
  }
  if (figure.budget === 'experienceDepartment' && figure.value !== undefined && figure.value < budget.experience.departmentTop1Percent) {
    missed.push(`${figure.value.toFixed(1)} % < ${budget.experience.departmentTop1Percent} %`);
  }
  if (figure.budget?.startsWith('browser.') && app) {
    const limit = budget.browser[`${figure.budget.slice('browser.'.length)}P95Ms` as keyof Budget['browser']];
    if (limit !== undefined && app.p95 > limit) missed.push(`p95 ${app.p95.toFixed(0)} > ${limit} ms`);
  }
  return missed;
}
