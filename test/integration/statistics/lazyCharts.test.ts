import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** ECharts weighs on the main process only once a report draws a chart, not from the app's start. */
describe('the report charts', () => {
  it('load ECharts with the first chart, not with the module that draws them', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../helpers/lazyChartsChild.ts', import.meta.url))], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true, svg: true });
  });
});
