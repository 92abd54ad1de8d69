import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererDir } from '../helpers/browser';

/**
 * The built renderer is split by page folder (renderer/src/lazyPage.tsx): the first render loads the shell and the
 * sign-in screen, each folder's pages load on their first visit, and echarts (about 1 MB) only with the statistics
 * page. Read from the build the browser tests run on (npm test builds it first), so a static import that pulls a
 * page or echarts back into the first render fails here rather than quietly slowing every start.
 */
const assetsDir = join(rendererDir, 'assets');
const kB = (bytes: number) => bytes / 1000;

/** The scripts index.html loads, and every module they import statically: what the first render waits for. */
function firstRenderScripts(): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Static imports only: `import{a as b}from"./x.js"` or `import"./x.js"`; a lazy page is `import("./x.js")`.
    const text = readFileSync(join(assetsDir, file), 'utf8');
    for (const match of text.matchAll(/import\s*(?:[^"()]*?from\s*)?"\.\/([^"]+\.js)"/g)) pending.push(match[1]!);
  }
  return [...seen];
}

/** echarts' own marker: the attribute it puts on every chart's element. */
const holdsEcharts = (file: string) => readFileSync(join(assetsDir, file), 'utf8').includes('_echarts_instance_');

describe('the renderer split by page folder', () => {
  const scripts = readdirSync(assetsDir).filter((file) => file.endsWith('.js'));
  const first = firstRenderScripts();
  const size = (file: string) => statSync(join(assetsDir, file)).size;

  it('keeps the entry chunk small and the whole first render well under the single 3 MB chunk it was', () => {
    const entry = first.find((file) => /^index-.*\.js$/.test(file));
    expect(entry).toBeDefined();
    expect(kB(size(entry!))).toBeLessThan(400);
    expect(kB(first.reduce((sum, file) => sum + size(file), 0))).toBeLessThan(1_600);
  });

  it('loads no page folder’s pages in the first render', () => {
    expect(first.filter((file) => /RouteChunk-/.test(file))).toEqual([]);
    // One chunk per office page folder (14), loaded on demand.
    expect(scripts.filter((file) => /RouteChunk-/.test(file)).length).toBe(14);
  });

  it('puts echarts in the statistics chunk only', () => {
    expect(first.filter(holdsEcharts)).toEqual([]);
    expect(scripts.filter(holdsEcharts)).toEqual([expect.stringMatching(/^statisticsRouteChunk-/)]);
  });
});
