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
 * frame. An expression, not a function: tsx's transform would put helpers into a function's text that the page lacks.
 */
export async function timeUntil(page: Page, act: () => Promise<unknown>, rendered: string): Promise<number> {
  const started = performance.now();
  await act();
  await page.waitForFunction(rendered, undefined, { polling: 'raf', timeout: 60_000 });
  return performance.now() - started;
}

/** The list's first row's text, or '' while the table has no rows. */
export const firstRowText = `document.querySelector('[data-testid="complaint-table"] .ant-table-tbody tr.ant-table-row')?.textContent ?? ''`;
