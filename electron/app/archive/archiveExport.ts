import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import { findOffice } from '../office/officeRepository';
import { readAttachment } from '../attachments/attachmentStore';
import { DomainError } from '../../../shared/contract/errors';
import type { ArchivePeriod, ArchivePeriodInput } from '../../../shared/domain/archive/archive';
import { archiveFormat, archiveFormatVersion, ledgerPath, manifestPath, signaturePath, workbookPath, type ArchiveManifest, type ArchiveSignature } from './archiveFormat';
import { chainForArchive, chainPath, type ChainSpan } from './archiveChain';
import { signBytes } from './archiveSignature';
import { createSigningKey, officeSigningKey } from './officeSigningKey';
import { insertArchiveExport } from './archiveSigningRepository';
import { archiveReports } from './archiveLedgers';
import type { ArchivePrint } from './archiveLedger';
import { countInPeriod, idChunksInPeriod } from './archiveRepository';
import { resolveArchivePeriod } from './archivePeriod';
import { ensureCalendarOrdinals } from '../statistics/calendarOrdinals';
import { WorkbookSpool } from './archiveWorkbook';
import { ZipOut } from './zipOut';
import { fileWriteError } from './fileErrors';
import { noteInProgress } from '../leftovers';
import { archiveFileName } from './archiveFileName';

/** Forms rendered ahead of the one being written: enough to keep the workers of a 2–8 core PC busy. */
const rendersAhead = 4;
/** Chain links turned into text and handed to the zip at a time (~100 KB). */
const linksPerWrite = 500;

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
 *
 * Streamed, so memory does not grow with the period: records are read a chunk of ids at a time, each written
 * to its ledger's NDJSON and the workbook and then let go; the prints and attachments follow one by one, each
 * waiting for the zip to reach the disk. A form unchanged since it was last rendered comes from the form cache.
 */
export async function exportArchive(ctx: AppContext, options: ExportOptions): Promise<{ file: string; manifest: ArchiveManifest }> {
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码,再导出归档');
  const period = await resolveArchivePeriod(ctx, options.period);
  const fullData = options.fullData ?? false;
  const createdAt = ctx.clock.now();
  const file = archiveFileName(options.outDir, office.code, period);
  const tempFile = join(options.outDir, `.${randomBytes(6).toString('hex')}.taizhang-partial`);

  // Noted in the data folder, so a kill mid-way leaves nothing the next start does not remove.
  const workbookFile = `${tempFile}.xlsx`;
  const forget = await noteInProgress(ctx.dataDir, [tempFile, workbookFile]);
  let out: ZipOut;
  try {
    out = await ZipOut.create(tempFile);
  } catch (error) {
    await forget();
    throw fileWriteError(error, options.outDir, '导出归档');
  }
  // The workbook is written beside the zip as the records go by, and goes in once complete.
  let workbook: WorkbookSpool | null = null;
  try {
    const progress = tracker(options);
    // A folder older than signing gets its key with its first archive.
    if (!(await officeSigningKey(ctx.db))) await inTransaction(ctx.db, (trx) => createSigningKey(trx, createdAt));
    const key = (await officeSigningKey(ctx.db))!;
    // The chain before any record is read: every row a record carries that is in this part is then in the record.
    const chain = await chainForArchive(ctx.db, period);
    const chainEntry = out.entry(chainPath);
    for await (const links of chain.pages()) {
      // In pieces of a few hundred links: each piece's text and bytes are small enough to die young.
      for (let start = 0; start < links.length; start += linksPerWrite) {
        await chainEntry.write(links.slice(start, start + linksPerWrite).map((link) => `${JSON.stringify(link)}\n`).join(''));
      }
    }
    await chainEntry.end();
    const found = await Promise.all(ctx.ledgers.archives.map(async (ledger) => ({ ledger, count: await countInPeriod(ctx.db, ledger, period) })));
    progress.grow(found.reduce((sum, { count }) => sum + count, 0));
    workbook = await WorkbookSpool.create(workbookFile, fullData, createdAt);
    const counts: Record<string, number> = {};
    // What goes in after the ledgers, kept small: a print is its path and how to render it (a day's call log,
    // which several records share, is listed once), an attachment its path and content hash.
    const prints = new Map<string, ArchivePrint>();
    const attachments = new Map<string, string>();
    for (const { ledger } of found) {
      const ndjson = out.entry(ledgerPath(ledger.name));
      const sheet = workbook.sheet(ledger);
      let count = 0;
      for await (const ids of idChunksInPeriod(ctx.db, ledger, period)) {
        for (const id of ids) {
          const record = await ledger.load(ctx, id, { fullData });
          await ndjson.write(`${JSON.stringify(record)}\n`);
          sheet.add(record);
          for (const print of ledger.prints(record)) if (!prints.has(print.path)) prints.set(print.path, print);
          for (const attachment of record.attachments) attachments.set(attachment.path, attachment.sha256);
          count += 1;
          progress.step(`读取${ledger.label}记录`);
        }
      }
      await ndjson.end();
      sheet.commit();
      counts[ledger.name] = count;
    }
    progress.grow(prints.size + attachments.size + 1 + archiveReports.length);
    // In order into the zip, each waiting for the zip to reach the disk; a few are rendered ahead meanwhile, so the
    // render workers (renderPool.ts) are kept busy while this process lays out the next and writes the last.
    const ahead: Array<{ path: string; pdf: Promise<Buffer> }> = [];
    const writeOldest = async () => {
      const { path, pdf } = ahead.shift()!;
      await out.add(path, await pdf);
      progress.step('生成打印件');
    };
    try {
      for (const print of prints.values()) {
        const pdf = print.render(ctx);
        pdf.catch(() => {});
        ahead.push({ path: print.path, pdf });
        if (ahead.length > rendersAhead) await writeOldest();
      }
      while (ahead.length > 0) await writeOldest();
    } finally {
      ahead.length = 0;
    }
    prints.clear();
    for (const [path, sha256] of attachments) {
      await out.add(path, await readAttachment(ctx.dataDir, sha256));
      progress.step('复制附件');
    }
    await workbook.commit();
    await out.addFile(workbookPath, workbookFile);
    progress.step('生成工作簿');
    // The month's statistics may first rebuild the working-day ordinals: a job does that in a transaction of its own.
    await inTransaction(ctx.db, (trx) => ensureCalendarOrdinals(trx, createdAt));
    for (const report of archiveReports) {
      for (const extra of await report(ctx, period)) await out.add(extra.path, extra.content);
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
      chain: chain.span,
      counts,
      files: out.files,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
    await out.add(manifestPath, manifestBytes, { hashed: false });
    const signature: ArchiveSignature = { algorithm: 'Ed25519', publicKey: key.publicKey, signature: signBytes(key.privateKey, manifestBytes) };
    await out.add(signaturePath, Buffer.from(JSON.stringify(signature, null, 2), 'utf8'), { hashed: false });
    progress.check();
    await out.finish();
    await rename(tempFile, file);
    await recordExport(ctx, options.staffId, period, fullData, file, counts, chain.span);
    return { file, manifest };
  } catch (error) {
    await out.discard();
    if (error instanceof DomainError) throw error;
    throw fileWriteError(error, options.outDir, '导出归档');
  } finally {
    await workbook?.discard();
    await unlink(workbookFile).catch(() => {});
    await forget();
  }
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

async function recordExport(
  ctx: AppContext,
  staffId: number | null,
  period: ArchivePeriod,
  fullData: boolean,
  file: string,
  counts: Record<string, number>,
  chain: ChainSpan,
) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  await inTransaction(ctx.db, async (trx) => {
    // The next period's archive carries the chain on from here.
    await insertArchiveExport(trx, { period_from: period.from, period_to: period.to, chain_end_id: chain.end.id, chain_end_hash: chain.end.hash, exported_at: ctx.clock.now() });
    await appendHistory(trx, {
      entity: 'archive',
      entityId: 0,
      at: ctx.clock.now(),
      staffId,
      action: fullData ? '导出归档(完整个人信息)' : '导出归档',
      summary: `导出 ${period.label} 归档,${total} 条记录${fullData ? ',工作簿含完整身份证号和电话' : ''}${staffId === null ? '(命令行)' : ''}:${file}`,
    });
  });
}
