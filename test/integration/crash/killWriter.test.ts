import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestOffice } from '../../helpers/testApp';
import { databaseFileName } from '../../../electron/app/openApp';

const writerSource = fileURLToPath(new URL('../../helpers/crashWriter.ts', import.meta.url));
const rounds = Number(process.env.CRASH_ROUNDS ?? 100);

/** A small seeded generator: the same kill points on every run, so a failure can be reproduced. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A round is a Node start, a recovery and a few writes: a writer still going after this is stuck, and says so. */
const roundLimitMs = 60_000;

/**
 * Start the writer and kill it with SIGKILL once it has reported `after` records: the kill lands somewhere in
 * the next record's write (inside the transaction, at commit, while printing…). Answers what it reported.
 */
function runUntilKilled(bundle: string, args: string[], after: number): Promise<{ reported: string[]; ready: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: string[] = [];
    let ready = false;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') ready = true;
        else reported.push(line);
      }
      if (reported.length >= after) child.kill('SIGKILL');
    });
    const stuck = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The crash writer reported ${reported.length} of ${after} records in ${roundLimitMs / 1000} s (ready: ${ready}). ${stderr}`));
    }, roundLimitMs);
    child.on('close', () => {
      clearTimeout(stuck);
      resolve({ reported, ready, stderr });
    });
  });
}

describe('a writer killed with SIGKILL', { timeout: 600_000 }, () => {
  let dataDir: string;
  let clerkId: number;
  let bundleDir: string;
  let bundle: string;
  let removeOffice: () => Promise<void>;

  beforeAll(async () => {
    const office = await openTestOffice();
    dataDir = office.dataDir;
    clerkId = office.clerk.id;
    await office.app.close();
    removeOffice = async () => rmSync(dataDir, { recursive: true, force: true });
    // Inside the project, so the bundle finds the project's better-sqlite3 (native, not bundled).
    const cache = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
    mkdirSync(cache, { recursive: true });
    bundleDir = mkdtempSync(join(cache, 'taizhang-writer-'));
    bundle = join(bundleDir, 'crashWriter.mjs');
    await build({
      entryPoints: [writerSource],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Native modules stay outside the bundle, as in the packaged app.
      external: ['better-sqlite3', '@node-rs/jieba'],
      // Bundled CommonJS needs a `require`.
      banner: { js: "import { createRequire as __taizhangRequire } from 'node:module'; const require = __taizhangRequire(import.meta.url);" },
      minify: true,
      logLevel: 'error',
    });
  });
  afterAll(async () => {
    await removeOffice?.();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  it(`${rounds} times: every record reported as saved is there, and integrity_check is ok`, async () => {
    const random = seeded(20261123);
    const reported: string[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const run = await runUntilKilled(bundle, [dataDir, String(clerkId), `第${round}轮`], 1 + Math.floor(random() * 3));
      // Each start opens the database the last kill left (recovery, quick_check) before it writes.
      expect(run.ready, run.stderr).toBe(true);
      reported.push(...run.reported);
    }
    const raw = new BetterSqlite3(join(dataDir, databaseFileName));
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const numbers = new Set(raw.prepare('select number from complaints').pluck().all() as string[]);
      expect(reported.filter((number) => !numbers.has(number))).toEqual([]);
      expect(reported.length).toBeGreaterThanOrEqual(rounds);
      // Numbers stay without gaps or repeats across the kills: the killed transaction took nothing with it.
      expect(new Set(reported).size).toBe(reported.length);
    } finally {
      raw.close();
    }
  });
});
