import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRecordNumber } from '../../../shared/domain/recordNumber';
import { complaintNumbering } from '../../../shared/domain/complaints/complaint';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import type { WorkerMessage, WorkerOptions } from '../../helpers/createComplaintsWorker';

const workerScript = fileURLToPath(new URL('../../helpers/createComplaintsWorker.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const processes = 4;
const perProcess = 25;
/** Each worker opens the folder and writes its share; one still running after this is stuck, and says so. */
const workerLimitMs = 120_000;

interface Finished {
  exitCode: number | null;
  messages: WorkerMessage[];
}

/**
 * Start every worker, let them all open the data folder, then say "go" to all at once (a barrier on messages,
 * not on time), and collect what each reports until it exits.
 */
function runWorkers(children: ChildProcess[]): Promise<Finished[]> {
  let settled = 0;
  const release = () => {
    settled += 1;
    if (settled === children.length) for (const child of children) if (child.connected) child.send('go');
  };
  return Promise.all(
    children.map(
      (child, index) =>
        new Promise<Finished>((resolve, reject) => {
          const messages: WorkerMessage[] = [];
          let released = false;
          const releaseOnce = () => {
            if (!released) {
              released = true;
              release();
            }
          };
          child.on('message', (message: WorkerMessage) => {
            messages.push(message);
            if (message.type !== 'done') releaseOnce();
          });
          const stuck = setTimeout(() => {
            child.kill();
            reject(new Error(`Worker ${index + 1} had not exited after ${workerLimitMs / 1000} s; it said ${JSON.stringify(messages.map((message) => message.type))}`));
          }, workerLimitMs);
          child.on('exit', (exitCode) => {
            clearTimeout(stuck);
            releaseOnce();
            resolve({ exitCode, messages });
          });
        }),
    ),
  );
}

describe('complaint numbers with several processes writing the same data folder', () => {
  let office: TestOffice;
  let children: ChildProcess[] = [];

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
    children = [];
    await office.close();
  });

  it(`number ${processes * perProcess} complaints 0001..${processes * perProcess} with no gap and no repeat`, async () => {
    children = Array.from({ length: processes }, (_, index) => {
      const options: WorkerOptions = {
        dataDir: office.dataDir,
        now: '2026-11-23T10:00:00',
        count: perProcess,
        receiverStaffId: office.clerk.id,
        roomId: office.room.id,
        label: `前台${index + 1}`,
      };
      return fork(workerScript, [JSON.stringify(options)], {
        cwd: repoRoot,
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
    });
    const finished = await runWorkers(children);

    const reported: string[] = [];
    for (const [index, result] of finished.entries()) {
      const failure = result.messages.find((message) => message.type === 'failed');
      expect(failure, `worker ${index + 1}`).toBeUndefined();
      expect(result.exitCode, `worker ${index + 1}`).toBe(0);
      const done = result.messages.find((message) => message.type === 'done');
      expect(done, `worker ${index + 1}`).toBeDefined();
      if (done?.type !== 'done') continue;
      const refused = done.results.filter((answer) => !answer.ok);
      expect(refused, `worker ${index + 1}`).toEqual([]);
      expect(done.results).toHaveLength(perProcess);
      for (const answer of done.results) if (answer.ok) reported.push(answer.value.number);
    }

    const expected = Array.from({ length: processes * perProcess }, (_, i) => formatRecordNumber(complaintNumbering, '202611', i + 1));
    expect([...reported].sort()).toEqual(expected);

    const stored = await office.app.ctx.db.selectFrom('complaints').select('number').orderBy('number').execute();
    expect(stored.map((row) => row.number)).toEqual(expected);
    const sequence = await office.app.ctx.db.selectFrom('record_sequences').selectAll().execute();
    expect(sequence).toEqual([{ prefix: 'TS', period: '202611', last_value: processes * perProcess }]);
    const history = await office.app.ctx.db
      .selectFrom('record_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', '受理')
      .executeTakeFirstOrThrow();
    expect(Number(history.n)).toBe(processes * perProcess);

    // Each worker's complaints carry its own label: every process really wrote its share.
    for (let index = 0; index < processes; index += 1) {
      const mine = await office.app.ctx.db
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('content', 'like', `前台${index + 1} %`)
        .executeTakeFirstOrThrow();
      expect(Number(mine.n)).toBe(perProcess);
    }
  });
});
