import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice } from '../../helpers/testApp';
import { resign } from '../../helpers/archiveZip';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { readZip } from '../../../electron/app/archive/zipIn';
import { officeSigningKey } from '../../../electron/app/archive/officeSigningKey';
import type { KeyPair } from '../../../electron/app/archive/archiveSignature';
import type { ArchiveProblem } from '../../../shared/domain/archive/archive';

const MiB = 1024 * 1024;
const childSource = fileURLToPath(new URL('../../helpers/archiveOpenChild.ts', import.meta.url));

/** `total` bytes made of `chunk` over and over, never held at once. */
function repeated(chunk: Buffer, total: number, head: Buffer = Buffer.alloc(0), tail: Buffer = Buffer.alloc(0)): Readable {
  return Readable.from(
    (function* () {
      yield head;
      for (let left = total; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
      yield tail;
    })(),
  );
}

async function hashOf(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Size bombs: a huge attachment listed with its true hash, a manifest padded with spaces, a record line without
 * end, a file that deflates like zeros. Each is refused from the zip's directory or as it streams, in a process of
 * its own whose peak memory stays under 300 MB, and nothing large reaches the staging folder.
 */
describe('archives made to exhaust memory or disk', () => {
  let out: string;
  let genuine: Map<string, Buffer>;
  let key: KeyPair;
  let child: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'taizhang-bomb-'));
    const office = await openTestOffice();
    try {
      await office.asClerk.call('complaints.create', complaintIntake(office));
      genuine = (await readZip((await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file)).entries;
      key = (await officeSigningKey(office.app.ctx.db))!;
    } finally {
      await office.close();
    }
    child = join(out, 'archiveOpenChild.mjs');
    await build({
      entryPoints: [childSource],
      outfile: child,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: { js: "import { createRequire as __taizhangRequire } from 'node:module'; const require = __taizhangRequire(import.meta.url);" },
      logLevel: 'error',
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** The genuine archive's entries (edited) and one more streamed in, written as a zip. */
  async function bomb(name: string, edit: (entries: Map<string, Buffer>) => void, streamed?: { path: string; content: () => Readable }) {
    const entries = new Map(genuine);
    edit(entries);
    const zip = new yazl.ZipFile();
    for (const [path, content] of entries) if (path !== streamed?.path) zip.addBuffer(content, path);
    if (streamed) zip.addReadStream(streamed.content(), streamed.path);
    zip.end();
    const file = join(out, `${name}.zip`);
    await pipeline(zip.outputStream, createWriteStream(file));
    return file;
  }

  function manifestWith(entries: Map<string, Buffer>, path: string, entry: { sha256: string; size: number }) {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    manifest.files[path] = entry;
    entries.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    resign(entries, key);
  }

  /** Opened for import with a staging folder, in a child process: what verify said, peak memory, what was staged. */
  async function openInChild(file: string) {
    const stageDir = mkdtempSync(join(out, 'stage-'));
    const { stdout } = await promisify(execFile)(process.execPath, [child, file, stageDir], { maxBuffer: 16 * MiB });
    const staged = readdirSync(stageDir).reduce((sum, name) => sum + statSync(join(stageDir, name)).size, 0);
    rmSync(stageDir, { recursive: true, force: true });
    return { ...(JSON.parse(stdout) as { ok: boolean; problems: ArchiveProblem[]; peakMb: number }), stagedMb: staged / MiB };
  }

  it('opens the genuine archive (the child itself works)', async () => {
    const file = await bomb('genuine', () => {});
    expect(await openInChild(file)).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses a 512 MB attachment listed with its true hash, without reading or staging it', async () => {
    const path = `attachments/${'0'.repeat(64)}.bin`;
    const zeros = () => repeated(Buffer.alloc(MiB), 512 * MiB);
    const entry = await hashOf(zeros());
    const file = await bomb('attachment', (entries) => manifestWith(entries, path, entry), { path, content: zeros });
    expect(statSync(file).size).toBeLessThan(2 * MiB);
    const opened = await openInChild(file);
    expect(opened.ok).toBe(false);
    expect(opened.problems).toContainEqual(expect.objectContaining({ kind: 'tooLarge', path, message: expect.stringContaining('超过 20 MB 的上限') }));
    expect(opened.peakMb).toBeLessThan(300);
    expect(opened.stagedMb).toBeLessThan(1);
  });

  it('refuses a manifest padded with 300 MB of spaces before reading it', async () => {
    const manifest = genuine.get('manifest.json')!;
    const padded = () => repeated(Buffer.alloc(MiB, ' '), 300 * MiB, manifest.subarray(0, -1), manifest.subarray(-1));
    const file = await bomb('manifest', () => {}, { path: 'manifest.json', content: padded });
    const opened = await openInChild(file);
    expect(opened.ok).toBe(false);
    expect(opened.problems[0]).toMatchObject({ kind: 'tooLarge', path: 'manifest.json', message: expect.stringContaining('超过 8 MB 的上限') });
    expect(opened.peakMb).toBeLessThan(300);
  });

  it('stops reading a record line that never ends (incompressible, so no ratio gives it away)', async () => {
    const path = 'ledgers/complaints.ndjson';
    const noise = randomBytes(MiB).toString('base64');
    const line = () => repeated(Buffer.from(noise, 'utf8'), 24 * MiB, Buffer.from('{"ledger":"complaints","key":"'));
    const entry = await hashOf(line());
    const file = await bomb('line', (entries) => manifestWith(entries, path, entry), { path, content: line });
    const opened = await openInChild(file);
    expect(opened.ok).toBe(false);
    expect(opened.problems).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining('超过 4 MB,不是正常的记录') }));
    expect(opened.peakMb).toBeLessThan(300);
  });

  it('refuses a small file that deflates like zeros', async () => {
    const path = 'statistics/2026-11.json';
    const spaces = () => repeated(Buffer.alloc(MiB, ' '), 3 * MiB, Buffer.from('{"period":'), Buffer.from('1}'));
    const entry = await hashOf(spaces());
    const file = await bomb('ratio', (entries) => manifestWith(entries, path, entry), { path, content: spaces });
    const opened = await openInChild(file);
    expect(opened.problems).toContainEqual(expect.objectContaining({ kind: 'tooLarge', path, message: expect.stringContaining('疑似压缩炸弹') }));
  });
});
