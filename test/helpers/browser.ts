import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { openApp, type App } from '../../electron/app/openApp';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';
import { officeClock, officeInstant, officeTime, type OfficeClock } from './officeClock';
import { staffPassword, tempDataDir, testManager } from './testApp';
import { pollUntil } from './poll';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install the Debian package "chromium" or set CHROMIUM_PATH`);
  if (!existsSync(`${rendererDir}/index.html`)) throw new Error('The renderer is not built: run "npm run build:renderer" (npm test does it first)');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WebOffice {
  app: App;
  bridge: RunningBridge;
  dataDir: string;
  /** The app's clock: from the office time on, at the real rate; only `moveTo` moves it on. */
  clock: OfficeClock;
  /** Browser contexts on this office (openOfficePage), whose pages' clocks move with the app's. */
  contexts: Set<BrowserContext>;
  /** Moves the office to `time` on both sides: the app's clock and the clock of every page open on it. */
  moveTo(time: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app as `npm run web` runs it: real SQLite file in a temporary folder, bridge on a free loopback port, but its
 * clock starts at `time` (default the office time, 2026-11-23 10:00), so no test depends on the day it runs.
 */
export async function startWebOffice(options: { time?: string } = {}): Promise<WebOffice> {
  const data = tempDataDir('taizhang-e2e-');
  const clock = officeClock(options.time ?? officeTime);
  const app = await openApp({ dataDir: data.dir, clock });
  const bridge = await startBridge({ invoke: app.invoke, staticDir: rendererDir, port: 0 });
  const contexts = new Set<BrowserContext>();
  return {
    app,
    bridge,
    dataDir: data.dir,
    clock,
    contexts,
    async moveTo(time) {
      clock.moveTo(time);
      await Promise.all([...contexts].map((context) => context.clock.setSystemTime(officeInstant(time))));
    },
    async close() {
      await bridge.close();
      await app.close();
      data.remove();
    },
  };
}

/**
 * Drive the sign-in screen as a person does: pick the name (a button, or the list when the office has many
 * accounts), type the password, press Enter, and wait until the header names them.
 */
export async function signIn(page: Page, name: string, password: string): Promise<void> {
  const form = page.locator('form#signIn');
  await form.waitFor();
  const buttons = form.getByRole('group', { name: '选择姓名' });
  if ((await buttons.count()) > 0) {
    await buttons.getByRole('button', { name, exact: true }).click();
  } else {
    await form.getByLabel('姓名', { exact: true }).fill(name);
    await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
  }
  await form.getByLabel('密码', { exact: true }).fill(password);
  await form.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByTestId('current-staff').filter({ hasText: name }).waitFor();
}

/**
 * A new page as the office sees it (zh-CN, Beijing time) in its own context; script errors land in `pageErrors`.
 * The page's clock (playwright's, installed before any page script runs) starts at the app's time and runs as it
 * does, so the renderer's "now" — the proposed 投诉时间, today in the date pickers, the idle timer — is the app's.
 */
export async function openOfficePage(browser: Browser, office: WebOffice, pageErrors: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  await context.clock.install({ time: officeInstant(office.clock.now()) });
  office.contexts.add(context);
  context.on('close', () => office.contexts.delete(context));
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** A web office at the office time (2026-11-23 10:00) with its manager, office details and clerk 王堃 (signed out). */
export async function startWebOfficeWithClerk() {
  const office = await startWebOffice();
  const { app } = office;
  await app.call('auth.setup', testManager);
  await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
  const service = (await app.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
  const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
  await app.call('staff.setPassword', { staffId: clerk.id, password: staffPassword });
  return { office, clerk, asClerk: app.as(clerk.id) };
}

/**
 * Close the print preview from its own button (the PDF frame may hold the keyboard's Escape) and wait until it is
 * gone. On a loaded machine a click can land while the dialog is still settling and be lost: click again, up to
 * the deadline, which names what never happened.
 */
export async function closePrintPreview(page: Page): Promise<void> {
  await pollUntil('the print preview to close', async () => {
    if ((await page.getByTestId('download-pdf').count()) === 0) return true;
    await page.getByTestId('close-preview').click({ timeout: 5_000 }).catch(() => undefined);
    await page.getByTestId('download-pdf').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    return undefined;
  });
}

/**
 * Save the print preview's PDF into `dir` under the name the app suggests. The link gets its click as an event, not
 * by pointer or key: a pointer click can land beside it while the dialog is still zooming in, and a key press can go
 * to the preview's PDF frame when it takes the focus as it loads; either way no download ever comes.
 */
export async function downloadPreviewPdf(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').dispatchEvent('click')]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Choose `option` in the antd select `field` from the keyboard, as a clerk can, and check that it took. A pointer
 * click on the option races the list's slide-in and anything that moves the page meanwhile (the 经验库 panel
 * appearing): under CI load it landed beside the option and nothing was chosen.
 */
export async function pickOption(field: Locator, option: string): Promise<void> {
  const page = field.page();
  await field.focus();
  // A searchable select narrows to what is typed; any other opens on the arrow key.
  if (await field.isEditable()) await field.fill(option);
  else await page.keyboard.press('ArrowDown');
  // This select's own list: another one may still be fading out with an option of its own marked active.
  const listId = await field.getAttribute('aria-controls');
  const list = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  const active = list.locator('.ant-select-item-option-active');
  for (let step = 0; (await active.getAttribute('title')) !== option; step += 1) {
    if (step > 50) throw new Error(`No option "${option}" in the list`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  // The chosen value shows beside the input, in the select's content box.
  await field.locator('xpath=parent::*[contains(@class, "ant-select-content")]').filter({ hasText: option }).waitFor();
}
