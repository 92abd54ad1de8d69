import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { ImportFinding, ImportJob, ImportStep } from '../../../shared/domain/imports/dataImport';
import { checkMapping, ImportCancelled, scanFile, type ImportPlan, type ScanResult } from './importScan';
import { runImport } from './importRun';

/** How many findings a progress answer carries; the downloadable report has every one. */
const shownFindings = 200;

interface Entry {
  job: ImportJob;
  plan: ImportPlan;
  controller: AbortController;
  findings: ImportFinding[];
}

/**
 * Checks and imports run in the background of the main process; the page polls their progress and may cancel.
 * An import starts only from a finished check of the same file without a faulty row, and repeats the check in
 * its transaction (the office's data may have changed meanwhile).
 */
export class ImportJobs {
  private readonly entries = new Map<string, Entry>();

  check(ctx: AppContext, plan: ImportPlan, total: number): ImportJob {
    checkMapping(plan);
    return this.start(ctx, 'check', plan, total, (signal, onProgress) => scanFile(ctx.db, plan, { now: ctx.clock.now(), signal, onProgress }));
  }

  run(ctx: AppContext, checkJobId: string, staffId: number): ImportJob {
    const checked = this.entry(checkJobId);
    if (checked.job.step !== 'check' || !checked.job.importable) throw new DomainError('rule', '请先试导入,并改正全部有问题的行后再导入');
    checked.job.importable = false;
    return this.start(ctx, 'import', checked.plan, checked.job.counts.rows, (signal, onProgress) => runImport(ctx, checked.plan, staffId, { signal, onProgress }));
  }

  get(jobId: string): ImportJob {
    return this.copy(this.entry(jobId).job);
  }

  cancel(jobId: string): ImportJob {
    const entry = this.entry(jobId);
    entry.controller.abort();
    return this.copy(entry.job);
  }

  /** A finished job's plan and every finding, for its report. */
  finished(jobId: string): { plan: ImportPlan; findings: ImportFinding[] } {
    const entry = this.entry(jobId);
    if (entry.job.state === 'running') throw new DomainError('rule', '检查尚未完成,请稍候');
    return { plan: entry.plan, findings: entry.findings };
  }

  private start(
    ctx: AppContext,
    step: ImportStep,
    plan: ImportPlan,
    total: number,
    work: (signal: AbortSignal, onProgress: (done: number) => void) => Promise<ScanResult>,
  ): ImportJob {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: ImportJob = {
      jobId,
      step,
      kind: plan.kind.kind,
      kindLabel: plan.kind.label,
      fileName: plan.file.fileName,
      state: 'running',
      stage: step === 'check' ? '逐行检查' : '导入中',
      done: 0,
      total,
      counts: { rows: 0, ready: 0, skipped: 0, failed: 0 },
      findings: [],
      findingCount: 0,
      importable: false,
      error: null,
    };
    const entry: Entry = { job, plan, controller, findings: [] };
    this.entries.set(jobId, entry);
    void work(controller.signal, (done) => (job.done = done)).then(
      (result) => {
        entry.findings = result.findings;
        Object.assign(job, {
          state: 'done',
          stage: '完成',
          done: result.counts.rows,
          total: result.counts.rows,
          counts: result.counts,
          findings: result.findings.slice(0, shownFindings),
          findingCount: result.findings.length,
          importable: step === 'check' && result.counts.failed === 0 && result.counts.ready > 0,
        });
      },
      (error: unknown) => {
        if (error instanceof ImportCancelled) Object.assign(job, { state: 'cancelled', stage: '已取消', error: error.message });
        else Object.assign(job, { state: 'failed', stage: '未导入', error: error instanceof DomainError ? error.message : `导入失败:${String(error)}` });
        if (!(error instanceof DomainError)) console.error('[taizhang] import failed:', error);
      },
    );
    return this.copy(job);
  }

  private entry(jobId: string): Entry {
    const entry = this.entries.get(jobId);
    if (!entry) throw new DomainError('not_found', '没有这个导入任务(程序重启后任务记录会清空),请重新试导入');
    return entry;
  }

  private copy(job: ImportJob): ImportJob {
    return { ...job, counts: { ...job.counts }, findings: [...job.findings] };
  }
}
