import { loadavg } from 'node:os';
import { bridgeWaits, firstRowText, hashChange, openBrowserOffice, startAtNextInput, timeStep } from '../measure/browserOffice';
import { summarize } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';

/** One count of each desk card, each drawn only when its call has answered. */
const deskCounts = ['desk-overdue-count', 'desk-repairs-notDispatched-count', 'desk-revisitQueue-count', 'desk-callsPending-count'];

/** Words a clerk searches the list for, one per repetition (each in a fresh page: no cached answer). */
const searchWords = ['漏水', '噪音', '电梯', '停车', '渗水', '垃圾', '物业费', '绿化', '门禁', '保洁', '维修', '装修'];

/**
 * The UI in Chromium through the loopback bridge, on the office under test, the app in the main process's stand-in
 * (its own process, as in the desktop app): from input to rendered rows. Each
 * repetition is a new browser context (no HTTP cache, no query cache, the renderer loaded afresh). Every step but
 * the cold start is taken twice in it: the first time in the new window (its page's code loaded and compiled, as on
 * the day's first use) and once more with other data (the window in use, as a clerk's is all day) — the budgets are
 * held by the second, the first is printed beside it.
 * - cold: address opened → the signed-in shell drawn (the session is the process's: the sign-in screen if none);
 * - keystroke: a word committed in the list search (one input event, as an IME commits Chinese) → the new rows. A
 *   word arriving whole is searched at once; single keystrokes would wait 150 ms for a pause (CommitOnPauseInput);
 * - page500: the list's address turned to page 500 (then 499) → its rows;
 * - record: a complaint's address → its page showing the number;
 * - desk: 今日待办 opened from the list → every card's count drawn (the complaints' lists, repairs, revisits, calls).
 */
export const browserPart: BenchPart = {
  name: 'browser',
  async run({ main, raw, runs }) {
    const repetitions = Math.max(5, Math.min(12, Math.round(runs / 5)));
    const complaints = raw.prepare('SELECT id, number FROM complaints ORDER BY id LIMIT 1 OFFSET ?');
    const total = raw.prepare('SELECT count(*) FROM complaints').pluck().get() as number;
    // Page 500 at 20 rows a page; a small office (--quick, --size) turns to its last full pages instead.
    const far = Math.min(500, Math.floor(total / 20));
    const office = await openBrowserOffice(main);
    type Step = 'cold' | 'keystroke' | 'page500' | 'record' | 'desk';
    const perStep = () => {
      const series = () => ({ first: [] as number[], inUse: [] as number[] });
      return { cold: series(), keystroke: series(), page500: series(), record: series(), desk: series() };
    };
    const times = perStep();
    // Of each step, the milliseconds some call was waiting on the app: the rest is the browser's own work.
    const waits = perStep();
    const load = loadavg()[0]!;
    try {
      for (let rep = 0; rep < repetitions + 1; rep++) {
        const context = await office.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 },
          // Playwright checks a waited-for expression with eval, which the app's CSP (rightly) refuses.
          bypassCSP: true });
        const page = await context.newPage();
        const bridge = bridgeWaits(page);
        const at = (hash: string) => hashChange(page, hash);
        const openList = async () => {
          await at('#/complaints');
          await page.waitForFunction(`(${firstRowText}) !== ''`, undefined, { timeout: 60_000 });
        };
        const taken: { step: Step; pass: 'first' | 'inUse'; ms: number; from: number; to: number }[] = [];
        const cold = await timeStep(page, () => page.goto(office.url, { waitUntil: 'commit' }), `!!document.querySelector('[data-testid="current-staff"], form#signIn')`);
        taken.push({ step: 'cold', pass: 'first', ...cold });

        // Each step twice in the same window: the first time (its page's code loaded and compiled, the day's first
        // use) and again with other data (the window in use, as a clerk's all day).
        for (const pass of ['first', 'inUse'] as const) {
          const second = pass === 'inUse' ? 1 : 0;
          await openList();
          const search = page.getByRole('textbox', { name: '搜索投诉' });
          const word = searchWords[(2 * rep + second) % searchWords.length]!;
          // The rows of this search drawn (or its empty table): the table names the search its rows answer, in the
          // same render as the rows (a hash with q= and no spinner was true before the request had even left).
          await startAtNextInput(page);
          const keystroke = await timeStep(page, () => search.fill(word), `document.querySelector('[data-testid="complaint-table"]')?.getAttribute('data-shown-query') === ${JSON.stringify(word)}`);
          taken.push({ step: 'keystroke', pass, ...keystroke });

          const searched = await page.evaluate(firstRowText);
          const pageNumber = far - second;
          const page500 = await timeStep(page, () => at(`#/complaints?page=${pageNumber}`), `!!document.querySelector('.ant-pagination-item-active[title="${pageNumber}"]') && (${firstRowText}) !== '' && (${firstRowText}) !== ${JSON.stringify(searched)} && !document.querySelector('[data-testid="complaint-table"] .ant-spin-spinning')`);
          taken.push({ step: 'page500', pass, ...page500 });

          const complaint = complaints.get(Math.floor(((rep + 0.5 * (1 + second)) / (repetitions + 2)) * total)) as { id: number; number: string };
          const record = await timeStep(page, () => at(`#/complaints/${complaint.id}`), `document.body.innerText.includes(${JSON.stringify(`投诉详情 ${complaint.number}`)})`);
          taken.push({ step: 'record', pass, ...record });

          await openList();
          // Rendered content, not a call: every card's count, each drawn once its own call has answered (desk.today,
          // repairs.desk, revisits.queue, calls.list) — the desk is usable when the last of them is.
          const desk = await timeStep(page, () => at('#/desk'), deskCounts.map((id) => `!!document.querySelector('[data-testid="${id}"]')`).join(' && '));
          taken.push({ step: 'desk', pass, ...desk });
        }
        // Playwright reports a finished request a moment after the page has it: let the last ones arrive.
        await page.waitForTimeout(100);
        await context.close();
        // The first repetition warms the app's side (SQLite's page cache), as the day's first use would: not counted.
        if (rep === 0) continue;
        for (const { step, pass, ms, from, to } of taken) {
          times[step][pass].push(ms);
          waits[step][pass].push(bridge.busy(from, to));
        }
      }
    } finally {
      await office.close();
    }
    const note = `${repetitions} 次,每次新的浏览器上下文;负载 ${load.toFixed(1)}/${loadavg()[0]!.toFixed(1)}`;
    // The budgets are held by the window in use; the first time in a new window is printed beside, without one.
    const figure = (key: Step, pass: 'first' | 'inUse', name: string, extra = ''): Figure => ({
      part: 'browser',
      name: key === 'cold' ? name : `${name}(${pass === 'first' ? '新窗口首次' : '使用中'})`,
      app: summarize(times[key][pass]),
      ...(key === 'cold' || pass === 'inUse' ? { budget: `browser.${key}` } : {}),
      note: `${extra ? `${extra};` : ''}其中等待应用 中位 ${summarize(waits[key][pass]).median.toFixed(0)} ms;${note}`,
    });
    const both = (key: Exclude<Step, 'cold'>, name: string, extra = '') => [figure(key, 'inUse', name, extra), figure(key, 'first', name, extra)];
    return [
      figure('cold', 'first', '冷启动到首次渲染(已登录的外壳)'),
      ...both('keystroke', '列表搜索:输入到结果行', '整词输入(输入法上屏)即搜;逐键输入另等停顿 150 ms'),
      ...both('record', '打开投诉详情页'),
      ...both('desk', '打开今日待办'),
      ...both('page500', `投诉台账翻到第 ${far} 页附近`),
    ];
  },
};
