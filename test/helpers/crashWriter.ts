/**
 * The front desk in a child process that will be killed: opens the data folder through the real app, says
 * "ready", then registers complaints one after another and writes each number to stdout the moment
 * `complaints.create` has returned. The parent kills it with SIGKILL at some point; every number printed
 * must be in the database afterwards.
 *
 * Bundled once by the crash test (esbuild), so each of the many restarts costs a Node start, not a compile.
 */
import { writeSync } from 'node:fs';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';

const [dataDir, clerkId, label] = process.argv.slice(2) as [string, string, string];
const app = await openApp({ dataDir, clock: fixedClock('2026-11-23T10:00:00') });
const clerk = app.as(Number(clerkId));
writeSync(1, 'ready\n');
for (let index = 1; ; index += 1) {
  const created = await clerk.call('complaints.create', {
    complainantName: '陈喆',
    phone: '13912345678',
    receivedAt: '2026-11-23T09:30',
    channel: 'phone',
    content: `${label} 第 ${index} 条:电梯停运`,
    category: 'maintenance',
    severity: 'general',
  });
  // Synchronous: the line is in the pipe before the next write starts, so the parent never misses a returned record.
  writeSync(1, `${created.number}\n`);
}
