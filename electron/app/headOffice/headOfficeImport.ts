import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import { openArchive, type OpenedArchive } from '../archive/archiveVerify';
import type { ArchivedRecord } from '../archive/archiveLedger';
import { settleDataFolderKind, wrongFolder } from '../dataFolder/dataFolderKind';
import { dataFolderKind } from '../dataFolder/dataFolderRepository';
import { DomainError } from '../../../shared/contract/errors';
import { archiveProblemLabels } from '../../../shared/domain/archive/archive';
import type { HeadOfficeImportResult } from '../../../shared/domain/headOffice/headOffice';
import { headOfficeFilesDir, storeStagedFile } from './headOfficeFiles';
import { carriedFiles, type CarriedFile } from './recordFiles';
import { storeOfficeStatistics } from './headOfficeStatistics';
import { stagingName } from '../leftovers';
import { checkChainContinues, checkSigner, pinSigner } from './archiveTrust';
import {
  alreadyImported,
  findCurrentVersion,
  findVersionWithContent,
  holdsVersion,
  insertImport,
  insertVersion,
  linkVersionFile,
  retireVersion,
} from './headOfficeImportRepository';

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** A record's version order: its revision, then how much history it has (history only ever grows). */
const newer = (a: { revision: number; history_count: number }, b: { revision: number; history_count: number }) =>
  a.revision > b.revision || (a.revision === b.revision && a.history_count > b.history_count);

const importWhat = '导入各管理处的归档';

export interface ImportProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between steps; inside the transaction a cancel rolls everything back. */
  signal?: AbortSignal;
  /** Fingerprints of office keys confirmed by phone: an office's first archive is imported only with its own. */
  confirmedKeys?: readonly string[];
}

export class ImportCancelled extends DomainError {
  constructor() {
    super('rule', '已取消导入,这份归档没有导入任何内容');
  }
}

/**
 * Import one office archive into the head-office database: verified first and refused whole on any problem,
 * then every record keyed by office code, ledger and record number, with the PDFs and attachments it carried
 * and the period's statistics, in one transaction. Importing the same content again adds nothing; a newer
 * version of a record becomes current and the older one stays, with its own files. A fresh data folder becomes
 * head office's; an office's own folder is refused.
 */
export async function importArchive(ctx: AppContext, file: string, staffId: number | null, options: ImportOptions = {}): Promise<HeadOfficeImportResult> {
  const kind = await dataFolderKind(ctx.db);
  if (kind === 'office') throw wrongFolder(kind, importWhat);
  const check = () => {
    if (options.signal?.aborted) throw new ImportCancelled();
  };
  check();
  options.onProgress?.({ stage: '核对归档', done: 0, total: 0 });
  // The archive's prints and scans are written out beside the store as they are read, never held in memory; what
  // is not stored (files of versions already held, a refused archive) goes with the folder.
  const stageDir = join(headOfficeFilesDir(ctx.dataDir), '..', stagingName());
  await mkdir(stageDir, { recursive: true });
  try {
    return await importStaged(ctx, file, staffId, options, stageDir, check);
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
}

async function importStaged(
  ctx: AppContext,
  file: string,
  staffId: number | null,
  options: ImportOptions,
  stageDir: string,
  check: () => void,
): Promise<HeadOfficeImportResult> {
  const { verification, archive } = await openArchive(file, stageDir);
  if (!archive) {
    const reasons = verification.problems.map((problem) => `【${archiveProblemLabels[problem.kind]}】${problem.message}`);
    throw new DomainError('rule', `归档 ${basename(file)} 未通过核对,整份不导入:${reasons.slice(0, 5).join(';')}${reasons.length > 5 ? ` 等 ${reasons.length} 处` : ''}`);
  }
  const { manifest } = archive;
  const archiveHash = await fileSha256(file);
  const result: HeadOfficeImportResult = {
    file,
    officeCode: manifest.office.code,
    officeName: manifest.office.name,
    period: manifest.period.label,
    alreadyImported: false,
    added: 0,
    replaced: 0,
    unchanged: 0,
    older: 0,
  };
  const unchangedResult = { ...result, alreadyImported: true, unchanged: Object.values(manifest.counts).reduce((sum, count) => sum + count, 0) };
  if (await alreadyImported(ctx.db, archiveHash)) return unchangedResult;
  // Whose it is and whether its history continues what head office holds, before anything is stored.
  const newKey = await checkSigner(ctx.db, archive, options.confirmedKeys ?? []);
  await checkChainContinues(ctx.db, archive);
  const total = [...archive.records.values()].reduce((sum, records) => sum + records.length, 0) * 2;
  let done = 0;
  const step = (stage: string) => {
    check();
    options.onProgress?.({ stage, done: (done += 1), total });
  };
  const files = await storeCarriedFiles(ctx, archive, () => step('保存打印件与附件'));
  check();
  return inTransaction(ctx.db, async (trx) => {
    await settleDataFolderKind(trx, 'headOffice', ctx.clock.now());
    // Checked again under the write lock: another process may have imported it meanwhile.
    if (await alreadyImported(trx, archiveHash)) return unchangedResult;
    if (newKey) await pinSigner(trx, archive, ctx.clock.now(), staffId);
    const importId = await insertImport(trx, {
      archive_sha256: archiveHash,
      file_name: basename(file),
      office_code: manifest.office.code,
      office_name: manifest.office.name,
      period_label: manifest.period.label,
      created_at: manifest.createdAt,
      imported_at: ctx.clock.now(),
      counts: JSON.stringify(manifest.counts),
      full_data: manifest.fullData ? 1 : 0,
      period_from: manifest.period.from,
      period_to: manifest.period.to,
      chain_start_id: manifest.chain.start.id,
      chain_start_hash: manifest.chain.start.hash,
      chain_end_id: manifest.chain.end.id,
      chain_end_hash: manifest.chain.end.hash,
    });
    for (const records of archive.records.values()) {
      for (const record of records) {
        result[await importRecord(trx, manifest.office, record, importId, files.get(record) ?? [], ctx.clock.now())] += 1;
        step('写入记录');
      }
    }
    await storeOfficeStatistics(trx, manifest, archive.statistics, importId);
    await appendHistory(trx, {
      entity: 'archive',
      entityId: 0,
      at: ctx.clock.now(),
      staffId,
      action: '导入归档',
      summary: `导入 ${manifest.office.name}(${manifest.office.code})${manifest.period.label} 归档:新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`,
    });
    return result;
  });
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

type StoredFile = Omit<CarriedFile, 'staged'> & { sha256: string; size: number; mime: string };

/**
 * The files of every record version head office does not hold yet, written to the store before the transaction
 * (content-addressed: a repeat is a no-op). A version already held keeps the files it came with, so a later
 * export's re-rendered PDFs of unchanged records add nothing.
 */
async function storeCarriedFiles(ctx: AppContext, archive: OpenedArchive, step: () => void): Promise<Map<ArchivedRecord, StoredFile[]>> {
  const stored = new Map<ArchivedRecord, StoredFile[]>();
  const office = archive.manifest.office.code;
  for (const records of archive.records.values()) {
    for (const record of records) {
      const held = await holdsVersion(ctx.db, { officeCode: office, ledger: record.ledger, key: record.key }, sha256(JSON.stringify(record)));
      step();
      if (held) continue;
      const files: StoredFile[] = [];
      for (const { staged, ...file } of carriedFiles(ctx.ledgers, record, archive.files)) files.push({ ...file, ...(await storeStagedFile(ctx.dataDir, staged)) });
      stored.set(record, files);
    }
  }
  return stored;
}

async function importRecord(
  trx: Kysely<Database>,
  office: { code: string; name: string },
  record: ArchivedRecord,
  importId: number,
  files: StoredFile[],
  now: string,
): Promise<'added' | 'replaced' | 'unchanged' | 'older'> {
  const content = JSON.stringify(record);
  const contentSha256 = sha256(content);
  const identity = { officeCode: office.code, ledger: record.ledger, key: record.key };
  if (await findVersionWithContent(trx, identity, contentSha256)) return 'unchanged';
  const current = await findCurrentVersion(trx, identity);
  const version = { revision: record.revision, history_count: record.history.length };
  const becomesCurrent = !current || newer(version, current);
  if (current && becomesCurrent) await retireVersion(trx, current.id);
  const id = await insertVersion(trx, {
    office_code: office.code,
    office_name: office.name,
    ledger: record.ledger,
    record_key: record.key,
    ...version,
    content_sha256: contentSha256,
    content,
    import_id: importId,
    current: becomesCurrent ? 1 : 0,
  });
  for (const file of files) {
    await linkVersionFile(trx, { ho_record_id: id, role: file.role, name: file.name, kind: file.kind, sha256: file.sha256 }, { size: file.size, mime: file.mime, storedAt: now });
  }
  return !current ? 'added' : becomesCurrent ? 'replaced' : 'older';
}
