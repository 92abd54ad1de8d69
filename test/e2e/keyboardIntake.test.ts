import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, type WebOffice } from '../helpers/browser';
import { staffPassword } from '../helpers/testApp';

/** The focused element as a screen reader names it: its labels (the form item's and its own), else its aria-label or text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(无焦点)';
    const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent?.trim() ?? '') : [];
    const labelledBy = element.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '') ?? [];
    const names = [...labels, ...labelledBy, element.getAttribute('aria-label') ?? ''].filter(Boolean);
    if (names.length === 0) names.push(element.textContent?.trim() || `<${element.tagName.toLowerCase()}>`);
    // A radio is named by its option; its group says which question it answers.
    const group = element.closest('[role="radiogroup"]')?.getAttribute('aria-label');
    return (group ? `${group}:` : '') + [...new Set(names)].join('/');
  });
}

/**
 * Enter on a select's highlighted option, once its list shows one, then the list closes: what a clerk sees. Read
 * from the focused select's own state (aria-expanded, aria-activedescendant), not from any dropdown on the page: the
 * previous select's list may still be in its closing animation, and a Tab while a list is open picks instead of moving.
 */
const pickActive = 'pick';
async function pickActiveOption(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const select = document.activeElement;
    const active = select?.getAttribute('aria-activedescendant');
    return select?.getAttribute('aria-expanded') === 'true' && !!active && document.getElementById(active) !== null;
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false');
}

const typed = (text: string): string[] => [...text].map((character) => `type:${character}`);
const selectAllAndType = (text: string): string[] => ['ControlOrMeta+A', ...typed(text)];

/**
 * From the focused field, for each expected stop: note the focused field's name, press its keys (`type:x` types
 * a character), check the focus is visible, then Tab. Returns the stops met beside the stops expected.
 */
async function fillByKeyboard(page: Page, steps: [string, string[]][]): Promise<{ actual: string[]; expected: string[] }> {
  const actual: string[] = [];
  for (const [index, [, keys]] of steps.entries()) {
    const name = await focusedName(page);
    actual.push((await focusIsVisible(page)) ? name : `${name}(焦点不可见)`);
    if (name !== steps[index]![0]) break;
    for (const key of keys) {
      if (key.startsWith('type:')) await page.keyboard.type(key.slice(5));
      else if (key === pickActive) await pickActiveOption(page);
      else await page.keyboard.press(key);
    }
    if (index < steps.length - 1) await page.keyboard.press('Tab');
  }
  return { actual, expected: steps.map(([name]) => name) };
}

/**
 * The focused element shows where the keyboard is, once its transitions have ended: a blue outline on it or on the
 * control drawn for it (a radio's input is transparent, its wrapper shows the ring), or a text field's border at
 * 3:1 or more against white (WCAG 1.4.11; the resting grey border is 1.4:1).
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await Promise.all(document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity).map((animation) => animation.finished.catch(() => undefined)));
    const element = document.activeElement as HTMLElement;
    const blue = 'rgb(31, 95, 168)';
    const outlined = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && style.outlineColor === blue;
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => Number(part) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const own = getComputedStyle(element);
    if (own.opacity !== '0' && outlined(own)) return true;
    const control = element.closest('.ant-radio-wrapper, .ant-radio-button-wrapper, .ant-checkbox-wrapper');
    if (control) return outlined(getComputedStyle(control));
    const field = element.closest('.ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-input-number, .ant-input');
    return field !== null && 1.05 / (luminance(getComputedStyle(field).borderTopColor) + 0.05) >= 3;
  });
}

/**
 * Keyboard-only intake in Chromium: from the first field of the complaint and the repair entry forms, Tab visits
 * the fields in the paper's order, once each (no clear button, no extra stop in a date picker), with a visible focus,
 * and text typed after 被投诉部门 + Tab lands in 被投诉对象.
 */
describe('keyboard intake in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ office } = await startWebOfficeWithClerk());
    await office.app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 768 } });
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('the complaint form runs in the paper order, typing as it goes', async () => {
    await page.goto(`${office.bridge.url}#/complaints/new`);
    // The pointer rests away from the form: a date picker previews the time under the pointer in its field.
    await page.mouse.move(1360, 760);
    const form = page.getByTestId('complaint-intake-form');
    await form.getByLabel('投诉时间').focus();
    const stops = await fillByKeyboard(page, [
      ['投诉时间', selectAllAndType('2026-11-23 09:40')],
      ['投诉方式', ['ArrowDown', pickActive]],
      ['匿名投诉/不登记姓名和电话', []],
      ['房号', []],
      ['投诉人', typed('陈喆')],
      ['联系电话', typed('13912345678')],
      ['联系地址', []],
      ['被投诉部门', [...typed('工程'), pickActive]],
      ['被投诉对象', typed('水电班')],
      ['投诉内容', typed('楼上漏水')],
      ['投诉要求', typed('尽快维修')],
      ['投诉分类:综合服务', ['ArrowRight']],
      ['严重程度:一般', []],
      ['紧急', []],
      ['纸质表单编号', []],
      ['保存投诉', []],
    ]);
    expect(stops.actual).toEqual(stops.expected);
    // What was typed after 被投诉部门 + Tab is in 被投诉对象, and the department stayed chosen.
    expect(await form.getByLabel('被投诉对象').inputValue()).toBe('水电班');
    expect(await form.locator('.ant-form-item').filter({ has: page.getByLabel('被投诉部门') }).locator('.ant-select-content').innerText()).toMatch(/^工程部/);
    expect(await form.getByLabel('投诉时间').inputValue()).toBe('2026-11-23 09:40');
  });

  it('Shift+Tab from 被投诉对象 goes back to 被投诉部门, never to its clear button', async () => {
    const form = page.getByTestId('complaint-intake-form');
    await form.getByLabel('被投诉对象').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('被投诉部门');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('被投诉对象');
  });

  it('the repair form runs in the paper order, typing as it goes', async () => {
    await page.goto(`${office.bridge.url}#/repairs/new`);
    await page.getByRole('dialog').getByRole('button', { name: '离开' }).click({ timeout: 2_000 }).catch(() => undefined);
    await page.mouse.move(1360, 760);
    const form = page.getByTestId('repair-intake-form');
    await form.getByLabel('报修时间').focus();
    const stops = await fillByKeyboard(page, [
      ['报修时间', selectAllAndType('2026-11-23 09:45')],
      ['房号', []],
      ['报修人', typed('陈喆')],
      ['联系电话', typed('13912345678')],
      ['报修位置', typed('主卫')],
      ['报修类别', ['ArrowDown', pickActive]],
      ['维修性质:维修类', []],
      ['紧急程度:一般', []],
      ['报修内容', typed('水龙头漏水')],
      ['纸质表单编号', []],
      ['保存报修', []],
    ]);
    expect(stops.actual).toEqual(stops.expected);
    expect(await form.getByLabel('报修时间').inputValue()).toBe('2026-11-23 09:45');
    expect(await form.getByLabel('报修位置').inputValue()).toBe('主卫');
  });

  it('names each radio group by its form item label, as a reader announces it', async () => {
    await page.goto(`${office.bridge.url}#/loss-declarations/new`);
    await page.getByRole('radiogroup', { name: '遗失票据' }).waitFor();
    await page.goto(`${office.bridge.url}#/repairs/new`);
    await page.getByRole('dialog').getByRole('button', { name: '离开' }).click({ timeout: 2_000 }).catch(() => undefined);
    expect(await page.getByRole('radiogroup', { name: '维修性质' }).count()).toBe(1);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
