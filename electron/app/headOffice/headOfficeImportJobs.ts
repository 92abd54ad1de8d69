import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { HeadOfficeImportJob } from '../../../shared/domain/headOffice/headOffice';
import { ImportCancelled } from './importOptions';
import { importArchive } from './headOfficeImport';
import { UnconfirmedKey } from './archiveTrust';

/**
 * Imports run in the background of the main process, one archive after another; the page polls their progress
 * (the contract is request/answer) and may cancel. A refused archive stops the rest and says why; each archive
 * is imported whole or not at all.
 */
export class HeadOfficeImportJobs {
  private readonly jobs = new Map<string, { job: HeadOfficeImportJob; controller: AbortController }>();

  start(ctx: AppContext, files: string[], staffId: number | null, confirmedKeys: readonly string[] = []): HeadOfficeImportJob {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: HeadOfficeImportJob = { jobId, state: 'running', stage: '准备', done: 0, total: 0, results: [], error: null, unconfirmedKey: null };
    this.jobs.set(jobId, { job, controller });
    void (async () => {
      for (const [index, file] of files.entries()) {
        const label = files.length > 1 ? `第 ${index + 1}/${files.length} 份:` : '';
        job.results.push(
          await importArchive(ctx, file, staffId, {
            signal: controller.signal,
            confirmedKeys,
            onProgress: ({ stage, done, total }) => Object.assign(job, { stage: `${label}${stage}`, done, total }),
          }),
        );
      }
    })().then(
      () => Object.assign(job, { state: 'done', stage: '完成' }),
      (error: unknown) => {
        if (error instanceof UnconfirmedKey) job.unconfirmedKey = error.office;
        if (error instanceof ImportCancelled) Object.assign(job, { state: 'cancelled', stage: '已取消', error: error.message });
        else Object.assign(job, { state: 'failed', stage: '未导入', error: error instanceof DomainError ? error.message : `导入失败:${String(error)}` });
        if (!(error instanceof DomainError)) console.error('[taizhang] head-office import failed:', error);
      },
    );
    return this.copy(job);
  }

  get(jobId: string): HeadOfficeImportJob {
    return this.copy(this.entry(jobId).job);
  }

  cancel(jobId: string): HeadOfficeImportJob {
    const entry = this.entry(jobId);
    entry.controller.abort();
    return this.copy(entry.job);
  }

  private entry(jobId: string) {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new DomainError('not_found', '没有这个导入任务(程序重启后任务记录会清空)');
    return entry;
  }

  private copy(job: HeadOfficeImportJob): HeadOfficeImportJob {
    return { ...job, results: [...job.results] };
  }
}
