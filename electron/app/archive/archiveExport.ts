import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import { findOffice } from '../office/officeRepository';
import { readAttachment } from '../attachments/attachmentStore';
import { DomainError } from '../../../shared/contract/errors';
import type { ArchivePeriod, ArchivePeriodInput } from '../../../shared/domain/archive';
import { archiveFormat, archiveFormatVersion, ledgerPath, manifestPath, workbookPath, type ArchiveManifest } from './archiveFormat';
import { archiveLedgers, archiveReports } from './archiveLedgers';
import { idsInPeriod, type ArchiveLedger, type ArchivedRecord } from './archiveLedger';
import { resolveArchivePeriod } from './archivePeriod';
import { buildWorkbook } from './archiveWorkbook';
import { ZipOut } from './zipOut';
import { fileWriteError } from './fileErrors';

export interface ExportProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ExportOptions {
  outDir: string;
  period?: ArchivePeriodInput;
  fullData?: boolean;
  /** Who asked (null: the command line); recorded in the audit history with the period and whether data was full. */
  staffId: number | null;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export class ExportCancelled extends DomainError {
  constructor() {
    super('rule', '已取消导出,没有留下任何文件');
  }
}

/**
 * Write one archive of the period into `outDir`: through a temporary file in the same folder, renamed when
 * complete, so a cancelled or failed export leaves nothing behind and a finished one is never half there.
 */
export async function exportArchive(ctx: AppContext, options: ExportOptions): Promise<{ file: string; manifest: ArchiveManifest }> {
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码,再导出归档');
  const period = await resolveArchivePeriod(ctx.db, options.period);
  const fullData = options.fullData ?? false;
  const createdAt = ctx.clock.now();
  const file = archiveFileName(options.outDir, office.code, period);
  const tempFile = join(options.outDir, `.${randomBytes(6).toString('hex')}.taizhang-partial`);

  let out: ZipOut;
  try {
    out = await ZipOut.create(tempFile);
  } catch (error) {
    throw fileWriteError(error, options.outDir, '导出归档');
  }
  try {
    const progress = tracker(options);
    const ledgers = await loadLedgers(ctx, period, progress);
    const counts: Record<string, number> = {};
    const attachments = new Map<string, string>();
    for (const { ledger, records } of ledgers) {
      counts[ledger.name] = records.length;
      out.add(ledgerPath(ledger.name), Buffer.from(records.map((record) => `${JSON.stringify(record)}\n`).join(''), 'utf8'));
      for (const record of records) for (const attachment of record.attachments) attachments.set(attachment.path, attachment.sha256);
    }
    // A print several records share (the day's call log) is written once.
    const prints = [...new Map(ledgers.flatMap(({ ledger, records }) => records.flatMap((record) => ledger.prints(record))).map((print) => [print.path, print])).values()];
    progress.grow(prints.length + attachments.size + 1 + archiveReports.length);
    for (const print of prints) {
      out.add(print.path, await print.render(ctx));
      progress.step('生成打印件');
    }
    for (const [path, sha256] of attachments) {
      out.add(path, await readAttachment(ctx.dataDir, sha256));
      progress.step('复制附件');
    }
    out.add(workbookPath, await buildWorkbook(ledgers, fullData, createdAt));
    progress.step('生成工作簿');
    for (const report of archiveReports) {
      for (const extra of await report(ctx, period)) out.add(extra.path, extra.content);
      progress.step('统计报表');
    }
    const manifest: ArchiveManifest = {
      format: archiveFormat,
      formatVersion: archiveFormatVersion,
      appVersion: ctx.version,
      office: { name: office.name, code: office.code, companyName: office.companyName },
      period,
      createdAt,
      fullData,
      counts,
      files: out.files,
    };
    out.add(manifestPath, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), { hashed: false });
    progress.check();
    await out.finish();
    await rename(tempFile, file);
    await recordExport(ctx, options.staffId, period, fullData, file, counts);
    return { file, manifest };
  } catch (error) {
    await out.discard();
    if (error instanceof DomainError) throw error;
    throw fileWriteError(error, options.outDir, '导出归档');
  }
}

async function loadLedgers(ctx: AppContext, period: ArchivePeriod, progress: ReturnType<typeof tracker>) {
  const found = await Promise.all(archiveLedgers.map(async (ledger) => ({ ledger, ids: await idsInPeriod(ctx.db, ledger, period) })));
  progress.grow(found.reduce((sum, { ids }) => sum + ids.length, 0));
  const ledgers: { ledger: ArchiveLedger; records: ArchivedRecord[] }[] = [];
  for (const { ledger, ids } of found) {
    const records: ArchivedRecord[] = [];
    for (const id of ids) {
      records.push(await ledger.load(ctx, id));
      progress.step(`读取${ledger.label}记录`);
    }
    ledgers.push({ ledger, records });
  }
  return ledgers;
}

function tracker(options: ExportOptions) {
  let done = 0;
  let total = 0;
  const check = () => {
    if (options.signal?.aborted) throw new ExportCancelled();
  };
  return {
    check,
    grow(more: number) {
      total += more;
    },
    step(stage: string) {
      done += 1;
      options.onProgress?.({ stage, done, total });
      check();
    },
  };
}

/** taizhang-JX01-2026-11.zip; an earlier archive of the same period is kept, the new one gets -2, -3… */
function archiveFileName(outDir: string, officeCode: string, period: ArchivePeriod): string {
  const stem = `taizhang-${officeCode}-${period.label.replace('~', '_')}`;
  for (let copy = 1; ; copy += 1) {
    const file = join(outDir, copy === 1 ? `${stem}.zip` : `${stem}-${copy}.zip`);
    if (!existsSync(file)) return file;
  }
}

async function recordExport(ctx: AppContext, staffId: number | null, period: ArchivePeriod, fullData: boolean, file: string, counts: Record<string, number>) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  await inTransaction(ctx.db, (trx) =>
    appendHistory(trx, {
      entity: 'archive',
      entityId: 0,
      at: ctx.clock.now(),
      staffId,
      action: fullData ? '导出归档(完整个人信息)' : '导出归档',
      summary: `导出 ${period.label} 归档,${total} 条记录${fullData ? ',工作簿含完整身份证号和电话' : ''}${staffId === null ? '(命令行)' : ''}:${file}`,
    }),
  );
}
