import { DomainError } from '../../../shared/contract/errors';
import type { HeadOfficeImportResult } from '../../../shared/domain/headOffice/headOffice';
import { ImportCancelled, type ImportOptions } from './importOptions';

export interface ManyImportProgress {
  /** Archives finished (imported, already held or refused) of all given. */
  archivesDone: number;
  archivesTotal: number;
  /** Records written or found unchanged so far, across the workers. */
  recordsDone: number;
  /** The archive each worker is on, and its own stage. */
  working: { file: string; stage: string; done: number; total: number }[];
}

export interface ManyImportOutcome {
  file: string;
  result: HeadOfficeImportResult | null;
  /** Why it was refused, in Chinese; `cause` is what was thrown (an unconfirmed office key asks to confirm it). */
  error: string | null;
  cause: unknown;
}

export interface ManyImportOptions {
  workers?: number;
  confirmedKeys?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: ManyImportProgress) => void;
}

/**
 * Import many archives with `workers` at once (on PostgreSQL each its own transaction on its own connection; on
 * SQLite their reading and checking overlap and the writes queue for the one writer). A refused archive is
 * reported with the others and does not stop them: each is imported whole or not at all. A cancel stops them all.
 */
export async function importMany(
  files: readonly string[],
  importOne: (file: string, options: ImportOptions) => Promise<HeadOfficeImportResult>,
  options: ManyImportOptions = {},
): Promise<ManyImportOutcome[]> {
  const outcomes: ManyImportOutcome[] = new Array(files.length);
  const progress: ManyImportProgress = { archivesDone: 0, archivesTotal: files.length, recordsDone: 0, working: [] };
  const report = () => options.onProgress?.({ ...progress, working: progress.working.map((entry) => ({ ...entry })) });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const slot = { file, stage: '准备', done: 0, total: 0 };
      progress.working.push(slot);
      try {
        const result = await importOne(file, {
          ...(options.signal ? { signal: options.signal } : {}),
          confirmedKeys: options.confirmedKeys ?? [],
          onProgress: ({ stage, done, total }) => {
            if (stage === '写入记录') progress.recordsDone += 1;
            Object.assign(slot, { stage, done, total });
            report();
          },
        });
        outcomes[index] = { file, result, error: null, cause: null };
      } catch (error) {
        if (error instanceof ImportCancelled) throw error;
        outcomes[index] = { file, result: null, error: error instanceof DomainError ? error.message : `导入失败:${String(error)}`, cause: error };
      } finally {
        progress.working.splice(progress.working.indexOf(slot), 1);
        progress.archivesDone += 1;
        report();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers ?? 4, files.length)) }, worker));
  return outcomes;
}
