/**
 * A second front-desk PC in a child process: opens the same data folder as the test through the real app, waits
 * for the word "go" (so every worker is already open and they all write at once), then registers complaints as
 * fast as it can and reports each answer back to the parent.
 *
 * Started by the numbering test with `fork(thisFile, [json], { execArgv: ['--import', 'tsx'] })`.
 */
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import type { Result } from '../../shared/contract/errors';

export interface WorkerOptions {
  dataDir: string;
  now: string;
  count: number;
  receiverStaffId: number;
  roomId: number;
  label: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; results: Array<Result<{ number: string }>> }
  | { type: 'failed'; message: string };

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
}

function goSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.on('message', (message: unknown) => {
      if (message === 'go') resolve();
    });
  });
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]!) as WorkerOptions;
  const go = goSignal();
  const app = await openApp({ dataDir: options.dataDir, clock: fixedClock(options.now) });
  const clerk = app.as(options.receiverStaffId);
  try {
    await send({ type: 'ready' });
    await go;
    const results: Array<Result<{ number: string }>> = [];
    for (let index = 0; index < options.count; index += 1) {
      const result = await clerk.invoke('complaints.create', {
        complainantName: '陈喆',
        roomId: options.roomId,
        phone: '13912345678',
        receivedAt: '2026-11-23T09:30',
        channel: 'phone',
        content: `${options.label} 第 ${index + 1} 条:电梯停运`,
        category: 'maintenance',
        severity: 'general',
      });
      results.push(result.ok ? { ok: true, value: { number: (result.value as { number: string }).number } } : result);
    }
    await send({ type: 'done', results });
  } finally {
    await app.close();
  }
}

main()
  .catch(async (error: unknown) => {
    await send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }).catch(() => {});
    process.exitCode = 1;
  })
  .finally(() => process.disconnect());
