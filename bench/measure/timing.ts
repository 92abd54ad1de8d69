/** Median and p95 of `runs` timed calls after `warmup` untimed ones; memory is sampled after every call. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export async function timeIt(fn: () => unknown, options: { warmup?: number; runs?: number } = {}): Promise<Timing> {
  const { warmup = 5, runs = 40 } = options;
  for (let i = 0; i < warmup; i++) {
    await fn();
    memory.sample();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    memory.sample();
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs };
}

/** Median and p95 of times measured elsewhere (the browser part's, timed in the page). */
export function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length };
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Peak resident set and heap of this process per part of the benchmark (sampled, plus a 20 ms ticker). */
class MemoryPeaks {
  private part = 'start';
  readonly peaks = new Map<string, { rssMB: number; heapMB: number }>();
  private ticker: NodeJS.Timeout | undefined;
  startPart(part: string): void {
    this.part = part;
    this.ticker ??= setInterval(() => this.sample(), 20).unref();
    this.sample();
  }
  sample(): void {
    const usage = process.memoryUsage();
    const peak = this.peaks.get(this.part) ?? { rssMB: 0, heapMB: 0 };
    peak.rssMB = Math.max(peak.rssMB, usage.rss / 2 ** 20);
    peak.heapMB = Math.max(peak.heapMB, usage.heapUsed / 2 ** 20);
    this.peaks.set(this.part, peak);
  }
  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
  }
}
export const memory = new MemoryPeaks();

/** The app's call and the raw statement timed in alternation, so both see the same load on a shared machine. */
export async function timePair(app: () => unknown, raw: () => unknown, options: { warmup?: number; runs?: number } = {}): Promise<{ app: Timing; raw: Timing }> {
  const { warmup = 5, runs = 40 } = options;
  const times = { app: [] as number[], raw: [] as number[] };
  for (let i = 0; i < warmup + runs; i++) {
    for (const [side, fn] of (i % 2 === 0 ? [['app', app], ['raw', raw]] : [['raw', raw], ['app', app]]) as ['app' | 'raw', () => unknown][]) {
      const started = process.hrtime.bigint();
      await fn();
      if (i >= warmup) times[side].push(Number(process.hrtime.bigint() - started) / 1e6);
      memory.sample();
    }
  }
  const summary = (sorted: number[]): Timing => ({ median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs });
  return { app: summary(times.app.sort((a, b) => a - b)), raw: summary(times.raw.sort((a, b) => a - b)) };
}
