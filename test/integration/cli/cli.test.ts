import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { openApp } from '../../../electron/app/openApp';
import { openTestOffice, complaintIntake, tempDataDir } from '../../helpers/testApp';
import { rewriteZip } from '../../helpers/archiveZip';

const launcher = fileURLToPath(new URL('../../../bin/taizhang.mjs', import.meta.url));

/** The installed command as a script would run it: its own process, output piped (so no progress). */
function spawned(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [launcher, ...args], { env: { ...process.env, TAIZHANG_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same commands in this process (a Node start per command is slow on a busy machine): code and output. */
async function cli(dataDir: string, ...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
  const previousDataDir = process.env.TAIZHANG_DATA_DIR;
  process.env.TAIZHANG_DATA_DIR = dataDir;
  try {
    return { code: await runCli(args), stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    // The worker's next file shares this process: leave its environment as found.
    if (previousDataDir === undefined) delete process.env.TAIZHANG_DATA_DIR;
    else process.env.TAIZHANG_DATA_DIR = previousDataDir;
    log.mockRestore();
    error.mockRestore();
  }
}

// Each command is a fresh Node process compiling TypeScript: generous limits, no timing asserted.
describe('the taizhang command line', { timeout: 300_000 }, () => {
  let officeDir: string;
  const headOffice = tempDataDir('taizhang-ho-');
  const out = mkdtempSync(join(tmpdir(), 'taizhang-cli-'));
  let removeOffice: () => Promise<void>;

  beforeAll(async () => {
    const office = await openTestOffice();
    await office.asClerk.call('complaints.create', complaintIntake(office));
    officeDir = office.dataDir;
    await office.app.close();
    removeOffice = async () => rmSync(officeDir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await removeOffice();
    headOffice.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('answers 2 with the usage for a wrong command or option', async () => {
    const unknown = spawned(officeDir, 'frobnicate');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('用法:taizhang');
    expect(await cli(officeDir, 'archive', 'export', '--month', '2026-11')).toMatchObject({ code: 2 });
    expect(await cli(officeDir, 'archive', 'export', '--out', out, '--bogus')).toMatchObject({ code: 2 });
    expect(readdirSync(out)).toEqual([]);
  });

  it('exports quietly when piped, verifies (0 / 1), imports at head office twice without change, checks', async () => {
    const exported = spawned(officeDir, 'archive', 'export', '--out', out);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.stdout).toContain('已导出 2026-11:complaints 1 条');
    expect(exported.stdout + exported.stderr).not.toContain('\r');
    const file = join(out, 'taizhang-JX01-2026-11.zip');
    const verified = await cli(officeDir, 'archive', 'verify', file);
    expect(verified).toMatchObject({ code: 0 });
    // The office key's fingerprint, which head office confirms by phone before the office's first archive.
    const fingerprint = /签名密钥指纹:([0-9A-F-]{39})/.exec(verified.stdout)![1]!;

    const tampered = join(out, 'tampered.zip');
    await rewriteZip(file, tampered, (entries) => entries.delete('台账.xlsx'));
    const bad = await cli(officeDir, 'archive', 'verify', tampered);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain('【缺少文件】缺少文件 台账.xlsx');

    const intoOffice = await cli(officeDir, 'archive', 'import', file);
    expect(intoOffice).toMatchObject({ code: 1 });
    expect(intoOffice.stderr).toContain('这是管理处自己的数据文件夹,不能导入各管理处的归档');
    expect(intoOffice.stderr).toContain('TAIZHANG_DATA_DIR');

    // Into a new folder: it becomes a head-office database.
    const unconfirmed = await cli(headOffice.dir, 'archive', 'import', file);
    expect(unconfirmed).toMatchObject({ code: 1 });
    expect(unconfirmed.stderr).toContain(`其签名密钥的指纹为 ${fingerprint}`);
    expect((await cli(headOffice.dir, 'archive', 'import', file, '--confirm-key', fingerprint)).stdout).toContain('新增 1');
    const opened = await openApp({ dataDir: headOffice.dir });
    try {
      expect((await opened.call('auth.status', {})).folderKind).toBe('headOffice');
    } finally {
      await opened.close();
    }
    const twice = await cli(headOffice.dir, 'archive', 'import', file);
    expect(twice).toMatchObject({ code: 0 });
    expect(twice.stdout).toContain('已导入过');
    const refused = await cli(headOffice.dir, 'archive', 'import', tampered);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toContain('整份不导入');

    expect(await cli(officeDir, 'check')).toMatchObject({ code: 0 });
  });

  it('backs up and restores with --yes, keeping the replaced database', async () => {
    const backup = await cli(officeDir, 'backup');
    expect(backup).toMatchObject({ code: 0 });
    // Piped, a restore is only done when confirmed on the command line.
    expect(await cli(officeDir, 'restore')).toMatchObject({ code: 2 });
    const restored = await cli(officeDir, 'restore', '--yes');
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toContain('原数据另存为');
    expect(readdirSync(join(officeDir, 'backups', 'replaced'))).toHaveLength(1);
  });
});
