import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../../shared/contract/errors';
import type { StartCheckStatus } from '../../../shared/domain/backup/backup';
import { backupsDir, listBackups, quickCheck } from './backupService';

/**
 * The day's PRAGMA quick_check reads the whole file (2 s on ten years of records). Run before the window opened, the
 * clerk waited for it every morning; here it runs in a worker thread on its own read-only connection while the app
 * opens at once: reads answer meanwhile, every write (and the day's backup) waits at dispatch for the result, and a
 * failed check refuses them all with the reason, so nothing is written to a damaged file and no backup of it pushes
 * a good one out of the rotation. A migration waits for the result before it starts (openApp).
 *
 * The worker is plain JavaScript given as text, so it runs the same under tsx, vitest and the bundled main process;
 * it loads better-sqlite3 from the path this module resolves (and the Electron build's native binding, if any).
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
function check(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  try {
    return db.pragma('quick_check').map((row) => row.quick_check).filter((line) => line !== 'ok');
  } finally {
    db.close();
  }
}
let problems;
try {
  problems = check(workerData.file);
} catch (error) {
  problems = [String((error && error.message) || error)];
}
let newestGood = null;
if (problems.length > 0) {
  for (const backup of workerData.backups) {
    try {
      if (check(backup.file).length === 0) { newestGood = backup.name; break; }
    } catch {}
  }
}
parentPort.postMessage({ problems, newestGood });
`;

export interface BackgroundCheck {
  /** What the renderer shows: running (正在检查数据文件…), passed, failed with the reason, or not due today. */
  status(): StartCheckStatus;
  /** Resolves once writes may go ahead; throws the refusal (zh-CN) when the file failed its check. */
  writable(): Promise<void>;
  /** Waits for a check under way, then ends the worker (closing the app). */
  stop(): Promise<void>;
}

export interface BackgroundCheckOptions {
  databaseFile: string;
  dataDir: string;
  /** Whether this start must check (the day's first, or after an unclean end). */
  due: boolean;
  raw: BetterSqlite3.Database;
  nativeBinding?: string;
  /** Called once the file passed: the day is recorded as checked. */
  onPassed(): void;
  /** Tests hold the result here to see the app while the check runs (no timing involved). */
  holdResult?: () => Promise<void>;
}

interface WorkerAnswer {
  problems: string[];
  newestGood: string | null;
}

export function damagedMessage(problems: readonly string[], newestGood: string | null): string {
  return (
    `数据文件已损坏(今天启动时的完整性检查未通过:${problems.slice(0, 3).join(';')}),为免损坏扩大,暂停保存任何修改,已录入的内容仍可查看。` +
    (newestGood ? `请经理在“归档与备份”中恢复到最近的完好备份 ${newestGood},重新启动后生效。` : '没有找到完好的备份,请联系管理员。')
  );
}

export function checkInBackground(options: BackgroundCheckOptions): BackgroundCheck {
  let current: StartCheckStatus = { state: options.due ? 'running' : 'notDue', message: null };
  if (!options.due) {
    return { status: () => current, writable: async () => {}, stop: async () => {} };
  }
  let worker: Worker | null = null;
  // null: the app closed before the check ended (the worker is stopped, not waited for).
  const answered = new Promise<WorkerAnswer | null>((resolve) => {
    const backups = listBackups(options.dataDir).map((backup) => ({ name: backup.fileName, file: join(backupsDir(options.dataDir), backup.fileName) }));
    worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        file: options.databaseFile,
        backups,
        betterSqlite3: createRequire(import.meta.url).resolve('better-sqlite3'),
        nativeBinding: options.nativeBinding,
      },
    });
    worker.once('message', (answer: WorkerAnswer) => resolve(answer));
    // The worker itself failed (not the file): the check is not skipped, it runs here instead, blocking as before.
    worker.once('error', () => resolve(options.raw.open ? { problems: quickCheck(options.raw), newestGood: null } : null));
    worker.once('exit', () => resolve(null));
  });
  const result = answered.then(async (answer) => {
    await options.holdResult?.();
    if (answer === null) return current;
    if (answer.problems.length === 0) {
      options.onPassed();
      current = { state: 'passed', message: null };
    } else {
      current = { state: 'failed', message: damagedMessage(answer.problems, answer.newestGood), problems: answer.problems };
    }
    return current;
  });
  return {
    status: () => current,
    writable: async () => {
      const outcome = await result;
      if (outcome.state === 'failed') throw new DomainError('rule', outcome.message!);
      if (outcome.state === 'running') throw new DomainError('conflict', '程序正在关闭,本次操作未保存。');
    },
    // Terminating cannot cut a native quick_check short anyway: closing waits for it (seconds, once a day).
    stop: async () => {
      await answered;
      await (worker as Worker | null)?.terminate();
    },
  };
}
