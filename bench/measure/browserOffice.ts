import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { App } from '../../electron/app/openApp';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bench's manager signs in with this password (set on the cached office: harmless, the office is synthetic). */
const benchPassword = 'Bench-Taizhang-2026!';

export interface BrowserOffice {
  browser: Browser;
  bridge: RunningBridge;
  close(): Promise<void>;
}

/**
 * The synthetic office in Debian's Chromium through the loopback bridge, as `npm run web` serves it: the built
 * renderer (built here when missing), the bench's app behind the bridge, the manager signed in on the app's side
 * (the bridge's session belongs to the process, so every new page opens on the signed-in shell).
 */
export async function openBrowserOffice(app: App): Promise<BrowserOffice> {
  if (!existsSync(`${rendererDir}/index.html`)) execSync('npm run build:renderer', { cwd: root, stdio: 'ignore' });
  const manager = await app.ctx.db.selectFrom('staff').select('id').where('role', '=', 'manager').orderBy('id').executeTakeFirstOrThrow();
  await app.as(manager.id).call('staff.setPassword', { staffId: manager.id, password: benchPassword });
  await app.call('auth.signIn', { staffId: manager.id, password: benchPassword });
  const bridge = await startBridge({ invoke: app.invoke, staticDir: rendererDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    bridge,
    async close() {
      await browser.close();
      await bridge.close();
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
