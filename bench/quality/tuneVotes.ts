import { fileURLToPath } from 'node:url';
import { characterTuning } from '../../electron/app/experience/characterModel';
import { sourceWeights } from '../../electron/app/experience/experienceCharacters';
import { voteTuning } from '../../electron/app/experience/suggestionVotes';
import { leaveOneOut, withQualityOffice } from './quality';

/**
 * `npx tsx bench/quality/tuneVotes.ts`: the suggestion's weights, each varied in turn around the current ones, by
 * leave-one-out over the labelled set's past cases only — never the held-out texts, never the fresh set.
 */
const tried: Record<string, { target: Record<string, number>; key: string; values: number[] }> = {
  characterWeight: { target: voteTuning, key: 'characterWeight', values: [0.5, 0.75, 1, 1.5] },
  hintWeight: { target: voteTuning, key: 'hintWeight', values: [1, 1.5, 2] },
  sharpness: { target: characterTuning, key: 'sharpness', values: [0.1, 0.25, 0.5, 0.75] },
  smoothing: { target: characterTuning, key: 'smoothing', values: [0.3, 1, 2] },
  priorWeight: { target: characterTuning, key: 'priorWeight', values: [0, 0.5, 1] },
  dictionary: { target: sourceWeights, key: 'dictionary', values: [0.5, 1, 2] },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await withQualityOffice({}, async ({ app, past, pastIds, departmentId }) => {
    for (const [name, { target, key, values }] of Object.entries(tried)) {
      const kept = target[key]!;
      for (const value of values) {
        target[key] = value;
        const left = await leaveOneOut(app, past, pastIds, departmentId);
        console.log(`${name}=${value}: 分类 ${(left.category * 100).toFixed(1)} %,部门 ${(left.department * 100).toFixed(1)} %`);
      }
      target[key] = kept;
    }
  });
}
