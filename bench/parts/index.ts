import type { BenchPart } from '../measure/types';
import { openPart } from './open';
import { listPart } from './list';
import { searchPart } from './search';
import { deskPart } from './desk';
import { pdfPart } from './pdf';
import { statisticsPart } from './statistics';

/**
 * The parts of the benchmark, in the order they run. A new ledger or feature joins by adding its part here
 * (and its generator in bench/generator/registry.ts); the pending part waits for its issue.
 */
export const benchParts: readonly BenchPart[] = [
  openPart,
  listPart,
  searchPart,
  deskPart,
  statisticsPart,
  pdfPart,
  { name: 'archive', pending: '归档导出(归档 issue 合入后加入:导出一个繁忙月份并校验,对比系统 zip 的 MB/s)' },
];
