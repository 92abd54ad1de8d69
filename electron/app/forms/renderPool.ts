import { availableParallelism } from 'node:os';
import { DomainError } from '../../../shared/contract/errors';
import type { PrintFonts } from './fonts';
import type { PrintDefinition } from './pageFrame';
import { spawnRenderChild, type RenderChild } from './renderChild';
import type { RenderAnswer } from './renderProcess';

export interface RenderPoolOptions {
  /**
   * How many processes render at once: one per core. The main process's share of a form (loading, laying out,
   * writing) is a fraction of the render's, and the render processes run below its priority (renderChild.ts), so
   * it needs no core kept back (README, “Forms rendered in child processes”).
   */
  processes?: number;
  /** Forms a process renders before it is retired and a fresh one started (what fontkit and pdfmake keep goes with it). */
  recycleAfter?: number;
  /** V8's old space of each process, MB: a runaway render ends its process, not the app. */
  maxOldGenerationSizeMb?: number;
}

interface Job {
  id: number;
  definition: PrintDefinition;
  crash: boolean;
  attempts: number;
  resolve(pdf: Buffer): void;
  reject(error: unknown): void;
}

interface Slot {
  child: RenderChild;
  rendered: number;
  job: Job | null;
  retiring: boolean;
}

/**
 * Forms rendered in child processes (renderProcess.ts): the main process (the desktop app's, which must stay
 * small) only lays out definitions, which are plain data (pageFrame.ts), and receives PDFs. Processes, not worker
 * threads: a worker's heap and pdfmake's buffers count in the main process's own memory. Each child gets the fonts
 * once. A child is retired after `recycleAfter` forms; one that dies (out of its memory limit…) is replaced and its
 * form tried once more on the new one. Idle children do not keep the process alive.
 */
export class RenderPool {
  readonly size: number;
  private readonly recycleAfter: number;
  private readonly maxOldGenerationSizeMb: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  /** Processes started so far (the pool's test sees recycling by it). */
  started = 0;

  constructor(
    private readonly fonts: PrintFonts,
    options: RenderPoolOptions = {},
  ) {
    this.size = Math.max(1, options.processes ?? defaultRenderProcesses());
    this.recycleAfter = options.recycleAfter ?? 2000;
    this.maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? 128;
  }

  render(definition: PrintDefinition, test?: { crash: boolean }): Promise<Buffer> {
    if (this.closed) return Promise.reject(new DomainError('rule', '打印服务已关闭'));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: ++this.nextId, definition, crash: test?.crash ?? false, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new DomainError('rule', '打印服务已关闭'));
    await Promise.all([...this.slots].map((slot) => slot.child.kill()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((candidate) => !candidate.job && !candidate.retiring);
      if (!slot && this.slots.size < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      job.attempts += 1;
      slot.child.keepAlive(true);
      try {
        slot.child.send({ id: job.id, definition: job.definition, crash: job.crash && job.attempts === 1 });
      } catch (error) {
        // A definition that is not plain data (a callback left in it) cannot cross: a fault of the app's own.
        slot.job = null;
        slot.child.keepAlive(false);
        job.reject(new Error(`表单定义无法交给打印进程:${error instanceof Error ? error.message : String(error)}`));
      }
    }
  }

  private start(): Slot {
    const child = spawnRenderChild({ maxOldGenerationSizeMb: this.maxOldGenerationSizeMb });
    this.started += 1;
    const slot: Slot = { child, rendered: 0, job: null, retiring: false };
    this.slots.add(slot);
    child.keepAlive(false);
    child.send({ fonts: this.fonts });
    child.onMessage((answer: RenderAnswer) => {
      const job = slot.job;
      if (!job || job.id !== answer.id) return;
      slot.job = null;
      child.keepAlive(false);
      if ('pdf' in answer) job.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
      else job.reject(new DomainError('rule', `表单渲染失败:${answer.error}`));
      slot.rendered += 1;
      if (slot.rendered >= this.recycleAfter) this.retire(slot);
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (!this.slots.delete(slot)) return;
      const job = slot.job;
      slot.job = null;
      if (job) {
        // Tried once more on a fresh process; a form that kills two processes is reported.
        if (job.attempts < 2 && !this.closed) this.queue.unshift(job);
        else job.reject(new DomainError('rule', `表单渲染失败:打印进程意外退出(${reason}),请重试;如仍失败,请联系管理员`));
      }
      this.dispatch();
    };
    child.onExit(lost);
    return slot;
  }

  private retire(slot: Slot): void {
    slot.retiring = true;
    this.slots.delete(slot);
    void slot.child.kill();
  }
}

/** One render process per core. */
export function defaultRenderProcesses(): number {
  return availableParallelism();
}

let shared: RenderPool | undefined;

/** The process's pool, started with the first form: prints, previews and archives all render through it. */
export function formRenderPool(fonts: PrintFonts): RenderPool {
  shared ??= new RenderPool(fonts);
  return shared;
}
