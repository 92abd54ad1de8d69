import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { ArchiveJob } from '../../../shared/domain/archive/archive';
import { exportArchive, ExportCancelled, type ExportOptions } from './archiveExport';

/**
 * Exports run in the background of the main process; the page asks for their progress (the contract is
 * request/answer, so progress is polled rather than pushed) and may cancel. Finished jobs are kept for the page.
 */
export class ArchiveJobs {
  private readonly jobs = new Map<string, { job: ArchiveJob; controller: AbortController }>();

  startExport(ctx: AppContext, options: Omit<ExportOptions, 'onProgress' | 'signal'>): ArchiveJob {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: ArchiveJob = { jobId, state: 'running', stage: '准备', done: 0, total: 0, file: null, error: null };
    this.jobs.set(jobId, { job, controller });
    void exportArchive(ctx, {
      ...options,
      signal: controller.signal,
      onProgress: ({ stage, done, total }) => Object.assign(job, { stage, done, total }),
    }).then(
      ({ file }) => Object.assign(job, { state: 'done', stage: '完成', file }),
      (error: unknown) => {
        if (error instanceof ExportCancelled) Object.assign(job, { state: 'cancelled', stage: '已取消', error: error.message });
        else Object.assign(job, { state: 'failed', stage: '失败', error: error instanceof DomainError ? error.message : `导出失败:${String(error)}` });
        if (!(error instanceof DomainError)) console.error('[taizhang] archive export failed:', error);
      },
    );
    return { ...job };
  }

  get(jobId: string): ArchiveJob {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new DomainError('not_found', '没有这个导出任务(程序重启后任务记录会清空)');
    return { ...entry.job };
  }

  cancel(jobId: string): ArchiveJob {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new DomainError('not_found', '没有这个导出任务');
    entry.controller.abort();
    return { ...entry.job };
  }
}
