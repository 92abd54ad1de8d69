import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { HeadOfficeImportJob } from '../../../shared/domain/headOffice/headOffice';
import { ImportCancelled, type ImportOptions } from './importOptions';
import { importMany, type ManyImportProgress } from './importMany';
import { importArchive } from './headOfficeImport';
import { UnconfirmedKey } from './archiveTrust';

/** Archives imported at once: reading, checking and staging overlap; on SQLite the writes still queue. */
export const importWorkers = 4;

/**
 * Imports run in the background of the main process, several archives at once (importMany: each whole or not at
 * all, the same archive twice at once landing once); the page polls their progress (the contract is
 * request/answer) and may cancel. A refused archive does not stop the others; the first refusal is the job's error.
 */
export class HeadOfficeImportJobs {
  private readonly jobs = new Map<string, { job: HeadOfficeImportJob; controller: AbortController }>();

  start(ctx: AppContext, files: string[], staffId: number | null, confirmedKeys: readonly string[] = []): HeadOfficeImportJob {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: HeadOfficeImportJob = { jobId, state: 'running', stage: '准备', done: 0, total: 0, results: [], error: null, unconfirmedKey: null };
    this.jobs.set(jobId, { job, controller });
    const name = (file: string) => basename(file);
    const onProgress = (progress: ManyImportProgress) => {
      const [only] = progress.working;
      if (files.length === 1) Object.assign(job, only ? { stage: only.stage, done: only.done, total: only.total } : {});
      else {
        const now = progress.working.map((slot) => `${name(slot.file)} ${slot.stage}`).join(',');
        Object.assign(job, { stage: `已完成 ${progress.archivesDone}/${files.length} 份${now ? `;${now}` : ''}`, done: progress.archivesDone, total: files.length });
      }
    };
    const importOne = (file: string, options: ImportOptions) => importArchive(ctx, file, staffId, options);
    importMany(files, importOne, { workers: importWorkers, confirmedKeys, signal: controller.signal, onProgress }).then(
      (outcomes) => {
        job.results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
        const refused = outcomes.find((outcome) => outcome.cause !== null);
        if (!refused) Object.assign(job, { state: 'done', stage: '完成' });
        else this.fail(job, refused.cause, files.length > 1 ? `${name(refused.file)}:` : '');
      },
      (error: unknown) => this.fail(job, error, ''),
    );
    return this.copy(job);
  }

  private fail(job: HeadOfficeImportJob, error: unknown, which: string): void {
    if (error instanceof UnconfirmedKey) job.unconfirmedKey = error.office;
    if (error instanceof ImportCancelled) Object.assign(job, { state: 'cancelled', stage: '已取消', error: error.message });
    else Object.assign(job, { state: 'failed', stage: '未导入', error: `${which}${error instanceof DomainError ? error.message : `导入失败:${String(error)}`}` });
    if (!(error instanceof DomainError)) console.error('[taizhang] head-office import failed:', error);
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
