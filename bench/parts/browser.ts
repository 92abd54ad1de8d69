import { loadavg } from 'node:os';
import { bridgeWaits, firstRowText, hashChange, openBrowserOffice, startAtNextInput, timeStep } from '../measure/browserOffice';
import { summarize } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';

/** One count of each desk card, each drawn only when its call has answered. */
const deskCounts = ['desk-overdue-count', 'desk-repairs-notDispatched-count', 'desk-revisitQueue-count', 'desk-callsPending-count'];

/** Words a clerk searches the list for, one per repetition (each in a fresh page: no cached answer). */
const searchWords = ['漏水', '噪音', '电梯', '停车', '渗水', '垃圾', '物业费', '绿化', '门禁', '保洁', '维修', '装修'];

/**
 * The UI in Chromium through the loopback bridge, on the office under test: from input to rendered rows. Each
 * repetition is a new browser context (no HTTP cache, no query cache, the renderer loaded afresh), so every figure
 * is a first visit: the page's chunk and its data both load, as on the first use of the day.
 * - cold: address opened → the signed-in shell drawn (the session is the process's: the sign-in screen if none);
 * - keystroke: a word committed in the list search (one input event, as an IME commits Chinese) → the new rows. A
 *   word arriving whole is searched at once; single keystrokes would wait 150 ms for a pause (CommitOnPauseInput);
 * - page500: the list's address turned to page 500 → its rows;
 * - record: a complaint's address → its page showing the number;
 * - desk: 今日待办 opened from the list → every card's count drawn (the complaints' lists, repairs, revisits, calls).
 */
export const browserPart: BenchPart = {
  name: 'browser',
  async run({ app, raw, runs }) {
    const repetitions = Math.max(5, Math.min(12, Math.round(runs / 5)));
    const complaints = raw.prepare('SELECT id, number FROM complaints ORDER BY id LIMIT 1 OFFSET ?');
    const total = raw.prepare('SELECT count(*) FROM complaints').pluck().get() as number;
    // Page 500 at 20 rows a page; a small office (--quick, --size) turns to its last full page instead.
    const far = Math.min(500, Math.floor(total / 20));
    const office = await openBrowserOffice(app);
    const times = { cold: [] as number[], keystroke: [] as number[], page500: [] as number[], record: [] as number[], desk: [] as number[] };
    // Of each step, the milliseconds some call was waiting on the app: the rest is the browser's own work.
    const waits: Record<keyof typeof times, number[]> = { cold: [], keystroke: [], page500: [], record: [], desk: [] };
    const load = loadavg()[0]!;
    try {
      for (let rep = 0; rep < repetitions + 1; rep++) {
        const context = await office.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 },
          // Playwright checks a waited-for expression with eval, which the app's CSP (rightly) refuses.
          bypassCSP: true });
        const page = await context.newPage();
        const bridge = bridgeWaits(page);
        const at = (hash: string) => hashChange(page, hash);
        const sample: Partial<Record<keyof typeof times, { ms: number; from: number; to: number }>> = {};
        sample.cold = await timeStep(page, () => page.goto(office.bridge.url, { waitUntil: 'commit' }), `!!document.querySelector('[data-testid="current-staff"], form#signIn')`);

        await at('#/complaints');
        await page.waitForFunction(`(${firstRowText}) !== ''`, undefined, { timeout: 60_000 });
        const search = page.getByRole('textbox', { name: '搜索投诉' });
        const word = searchWords[rep % searchWords.length]!;
        // The rows of this search drawn (or its empty table): the table names the search its rows answer, in the same
        // render as the rows (a hash with q= and no spinner was true before the request had even left).
        await startAtNextInput(page);
        sample.keystroke = await timeStep(page, () => search.fill(word), `document.querySelector('[data-testid="complaint-table"]')?.getAttribute('data-shown-query') === ${JSON.stringify(word)}`);

        const searched = await page.evaluate(firstRowText);
        sample.page500 = await timeStep(page, () => at(`#/complaints?page=${far}`), `!!document.querySelector('.ant-pagination-item-active[title="${far}"]') && (${firstRowText}) !== '' && (${firstRowText}) !== ${JSON.stringify(searched)} && !document.querySelector('[data-testid="complaint-table"] .ant-spin-spinning')`);

        const complaint = complaints.get(Math.floor(((rep + 0.5) / (repetitions + 1)) * total)) as { id: number; number: string };
        sample.record = await timeStep(page, () => at(`#/complaints/${complaint.id}`), `document.body.innerText.includes(${JSON.stringify(`投诉详情 ${complaint.number}`)})`);

        await at('#/complaints');
        await page.waitForFunction(`(${firstRowText}) !== ''`, undefined, { timeout: 60_000 });
        // Rendered content, not a call: every card's count, each drawn once its own call has answered (desk.today,
        // repairs.desk, revisits.queue, calls.list) — the desk is usable when the last of them is.
        sample.desk = await timeStep(page, () => at('#/desk'), deskCounts.map((id) => `!!document.querySelector('[data-testid="${id}"]')`).join(' && '));
        // Playwright reports a finished request a moment after the page has it: let the last ones arrive.
        await page.waitForTimeout(100);
        await context.close();
        // The first repetition warms the app's side (SQLite's page cache), as the day's first use would: not counted.
        if (rep === 0) continue;
        for (const key of Object.keys(times) as (keyof typeof times)[]) {
          const step = sample[key]!;
          times[key].push(step.ms);
          waits[key].push(bridge.busy(step.from, step.to));
        }
      }
    } finally {
      await office.close();
    }
    const note = `${repetitions} 次,每次新的浏览器上下文;负载 ${load.toFixed(1)}/${loadavg()[0]!.toFixed(1)}`;
    const figure = (key: keyof typeof times, name: string, extra = ''): Figure => ({
      part: 'browser',
      name,
      app: summarize(times[key]),
      budget: `browser.${key}`,
      note: `${extra ? `${extra};` : ''}其中等待应用 中位 ${summarize(waits[key]).median.toFixed(0)} ms;${note}`,
    });
    return [
      figure('cold', '冷启动到首次渲染(已登录的外壳)'),
      figure('keystroke', '列表搜索:输入到结果行', '整词输入(输入法上屏)即搜;逐键输入另等停顿 150 ms'),
      figure('record', '打开投诉详情页'),
      figure('desk', '打开今日待办'),
      figure('page500', `投诉台账翻到第 ${far} 页`),
    ];
  },
};
