import type { BenchPart } from '../measure/types';
import { openPart } from './open';
import { listPart } from './list';
import { searchPart } from './search';
import { deskPart } from './desk';
import { pdfPart } from './pdf';
import { statisticsPart } from './statistics';
import { archivePart } from './archive';
import { importPart } from './import';
import { experiencePart } from './experience';
import { headOfficePart } from './headOffice';
import { installPart } from './install';
import { browserPart } from './browser';

/**
 * The parts of the benchmark, in the order they run. A new ledger or feature joins by adding its part here
 * (and its generator in bench/generator/registry.ts); a pending part names the issue it waits for.
 */
export const benchParts: readonly BenchPart[] = [
  openPart,
  listPart,
  searchPart,
  experiencePart,
  deskPart,
  statisticsPart,
  pdfPart,
  archivePart,
  importPart,
  headOfficePart,
  installPart,
  browserPart,
];
