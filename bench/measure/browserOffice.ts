import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MainProcess } from './mainProcess';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserOffice {
  browser: Browser;
  /** The address to open: the bridge in the main-process stand-in, with its key. */
  url: string;
  close(): Promise<void>;
}

/**
 * The synthetic office in Debian's Chromium, as `npm run web` serves it: the built renderer (built here when
 * missing) through the loopback bridge of the app in its own process (appWorker.ts, the desktop main process's
 * stand-in), the manager signed in there. Not the bench's own process: that one also holds the raw connection, bare
 * pdfmake and what earlier parts left, whose collections would stall the app's answers as the main process's never do.
 */
export async function openBrowserOffice(main: MainProcess): Promise<BrowserOffice> {
  if (!existsSync(`${rendererDir}/index.html`)) execSync('npm run build:renderer', { cwd: root, stdio: 'ignore' });
  const { url } = (await main.send({ cmd: 'bridge', staticDir: rendererDir })).result as { url: string };
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await main.send({ cmd: 'stopBridge' });
    },
  };
}

/**
 * Milliseconds from `act` to the moment the expression `rendered` holds in the page, checked every animation
 * frame. Both ends are read on the page's own clock: the start is `window.__benchStart` (set by the act: a hash
 * change, an input event), or the navigation's start for a new document; the end the frame where `rendered` first
 * holds — so Playwright's round trips to the browser (~50–200 ms each on a loaded machine) are not in the figure.
 * An expression, not a function: tsx's transform would put helpers into a function's text that the page lacks.
 */
export async function timeUntil(page: Page, act: () => Promise<unknown>, rendered: string): Promise<number> {
  await act();
  const handle = await page.waitForFunction(`(${rendered}) ? performance.now() - (window.__benchStart ?? 0) : false`, undefined, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

/** Sets the step's start on the page's clock and changes the address's hash, in one evaluation. */
export function hashChange(page: Page, hash: string): Promise<unknown> {
  return page.evaluate(`window.__benchStart = performance.now(); location.hash = ${JSON.stringify(hash)}`);
}

/** The step starts at the next input event (its own time stamp, before any handler of the app runs). */
export function startAtNextInput(page: Page): Promise<unknown> {
  return page.evaluate(`window.__benchStart = undefined; addEventListener('input', (event) => { window.__benchStart = event.timeStamp; }, { capture: true, once: true })`);
}

/** The list's first row's text, or '' while the table has no rows. */
export const firstRowText = `document.querySelector('[data-testid="complaint-table"] .ant-table-tbody tr.ant-table-row')?.textContent ?? ''`;

/**
 * The page's calls to the app (`/ipc/…`) as wall-clock intervals, to tell the app's share of a step from the
 * browser's own work (loading chunks, React, layout): `busy(from, to)` is how long in [from, to] (epoch ms) at least
 * one call was waiting on the bridge — its handler, SQLite, and the HTTP round trip on the loopback.
 */
export function bridgeWaits(page: Page) {
  const intervals: [number, number][] = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/ipc/')) return;
    const timing = request.timing();
    intervals.push([timing.startTime + Math.max(0, timing.requestStart), timing.startTime + timing.responseEnd]);
  });
  return {
    busy(from: number, to: number): number {
      let total = 0;
      let reached = from;
      for (const [start, end] of intervals.toSorted((a, b) => a[0] - b[0])) {
        const a = Math.max(start, reached);
        const b = Math.min(end, to);
        if (b > a) total += b - a;
        reached = Math.max(reached, Math.min(end, to));
      }
      return total;
    },
  };
}

/** `timeUntil`, also answering when the step began and ended on the wall clock (for `bridgeWaits`). */
export async function timeStep(page: Page, act: () => Promise<unknown>, rendered: string): Promise<{ ms: number; from: number; to: number }> {
  const from = Date.now();
  const ms = await timeUntil(page, act, rendered);
  return { ms, from, to: Date.now() };
}
