import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { App } from '../app/openApp';
import { exportArchive } from '../app/archive/archiveExport';
import { verifyArchive } from '../app/archive/archiveVerify';
import { importArchive } from '../app/headOffice/headOfficeImport';
import { archiveProblemLabels, archivePeriodInput, type ArchivePeriodInput } from '../../shared/domain/archive/archive';
import { exitCodes, progressLine, UsageError } from './cliSupport';

type Open = () => Promise<App>;

export async function archiveCommand(args: string[], open: Open): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'export') return archiveExport(rest, open);
  if (sub === 'verify') return archiveVerify(rest);
  if (sub === 'import') return archiveImport(rest, open);
  throw new UsageError(`未知的 archive 子命令:${sub ?? '(无)'}`);
}

function periodOf(values: { month?: string; from?: string; to?: string }): ArchivePeriodInput | undefined {
  if (values.month && (values.from || values.to)) throw new UsageError('--month 与 --from/--to 只能选一种');
  if (!values.month && !values.from && !values.to) return undefined;
  if (!values.month && (!values.from || !values.to)) throw new UsageError('--from 与 --to 要一起给出');
  const parsed = archivePeriodInput.safeParse(values.month ? { month: values.month } : { from: values.from, to: values.to });
  if (!parsed.success) throw new UsageError(`期间有误:${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

async function archiveExport(args: string[], open: Open): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, month: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, full: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.out) throw new UsageError('请用 --out 指定保存归档的文件夹');
  if (positionals.length > 0) throw new UsageError(`多余的参数:${positionals.join(' ')}`);
  const period = periodOf(values);
  const app = await open();
  const progress = progressLine();
  try {
    const { file, manifest } = await exportArchive(app.ctx, {
      outDir: resolve(values.out),
      ...(period ? { period } : {}),
      fullData: values.full,
      staffId: null,
      onProgress: ({ stage, done, total }) => progress.update(`${stage} ${done}/${total}`),
    });
    progress.end();
    const counts = Object.entries(manifest.counts).map(([ledger, count]) => `${ledger} ${count} 条`).join(',');
    console.log(`已导出 ${manifest.period.label}:${counts}\n${file}`);
    return exitCodes.ok;
  } finally {
    progress.end();
    await app.close();
  }
}

async function archiveVerify(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('archive verify 需要且只需要一个归档文件');
  const report = await verifyArchive(resolve(positionals[0]!));
  if (report.ok) {
    console.log(`归档完整:${report.summary!.officeName}(${report.summary!.officeCode})${report.summary!.period.label},核对了 ${report.filesChecked} 个文件`);
    console.log(`签名密钥指纹:${report.summary!.keyFingerprint}`);
    return exitCodes.ok;
  }
  console.error(`归档有 ${report.problems.length} 处问题:`);
  for (const problem of report.problems) console.error(`  【${archiveProblemLabels[problem.kind]}】${problem.message}`);
  return exitCodes.badData;
}

async function archiveImport(args: string[], open: Open): Promise<number> {
  // --confirm-key: the fingerprint of an office's key, checked with the office by phone, for its first archive.
  const { positionals, values } = parseArgs({ args, options: { 'confirm-key': { type: 'string', multiple: true } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('archive import 需要至少一个归档文件');
  const app = await open();
  let refused = 0;
  try {
    for (const file of positionals) {
      try {
        const result = await importArchive(app.ctx, resolve(file), null, { confirmedKeys: values['confirm-key'] ?? [] });
        console.log(
          result.alreadyImported
            ? `${file}:此归档已导入过,未做改动`
            : `${file}:${result.officeName}(${result.officeCode})${result.period} 新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`,
        );
      } catch (error) {
        refused += 1;
        console.error(`${file}:${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await app.close();
  }
  return refused > 0 ? exitCodes.badData : exitCodes.ok;
}
