import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../../shared/contract/errors';
import { archiveProblemLabels } from '../../../shared/domain/archive/archive';
import type { HeadOfficeImportResult } from '../../../shared/domain/headOffice/headOffice';
import type { ArchivedRecord } from '../archive/archiveLedger';
import { openArchive, type OpenedArchive } from '../archive/archiveVerify';
import { keyFingerprint } from '../archive/archiveSignature';
import type { HeadOfficeStore, StoreDb } from '../db/headOfficeStore/store';
import {
  claimImport,
  currentStoreVersion,
  heldImport,
  holdsStoreVersion,
  insertStoreVersion,
  linkStoreFile,
  pinStoreKey,
  putStoreStatistics,
  retireStoreVersion,
  storeChainPoints,
  storePinnedKeys,
  storeStatisticsOf,
} from '../db/headOfficeStore/headOfficeStoreRepository';
import type { LedgerRegistry } from '../ledgers/ledgerRegistry';
import { stagingName } from '../leftovers';
import { checkChainAgainst, checkSignerAgainst } from './archiveTrust';
import { headOfficeFilesDir, storeStagedFile } from './headOfficeFiles';
import { ImportCancelled, type ImportOptions } from './importOptions';
import { importMany, type ManyImportOptions, type ManyImportOutcome } from './importMany';
import { carriedFiles, type CarriedFile } from './recordFiles';

/** What an import into head office's store needs: the store, the data folder (its file store) and the ledgers. */
export interface StoreImportEnv {
  store: HeadOfficeStore;
  dataDir: string;
  ledgers: LedgerRegistry;
  now: () => string;
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const newer = (a: { revision: number; history_count: number }, b: { revision: number; history_count: number }) =>
  a.revision > b.revision || (a.revision === b.revision && a.history_count > b.history_count);

type StoredFile = Omit<CarriedFile, 'staged'> & { sha256: string; size: number; mime: string };

/**
 * Import one office archive into head office's store, the one import path on either dialect: verified and
 * refused whole on any problem, its prints and scans into the content-addressed file store, then everything in one
 * transaction holding the office's lock (and its key's). Idempotent under concurrency: the same archive imported twice at the same
 * moment lands once (the second waits for the lock, then finds the import held; ON CONFLICT DO NOTHING besides).
 */
export async function importIntoStore(env: StoreImportEnv, file: string, staffId: number | null, options: ImportOptions = {}): Promise<HeadOfficeImportResult> {
  const check = () => {
    if (options.signal?.aborted) throw new ImportCancelled();
  };
  check();
  options.onProgress?.({ stage: '核对归档', done: 0, total: 0 });
  const stageDir = join(headOfficeFilesDir(env.dataDir), '..', stagingName());
  await mkdir(stageDir, { recursive: true });
  try {
    const { verification, archive } = await openArchive(file, stageDir);
    if (!archive) {
      const reasons = verification.problems.map((problem) => `【${archiveProblemLabels[problem.kind]}】${problem.message}`);
      throw new DomainError('rule', `归档 ${basename(file)} 未通过核对,整份不导入:${reasons.slice(0, 5).join(';')}${reasons.length > 5 ? ` 等 ${reasons.length} 处` : ''}`);
    }
    return await importOpened(env, file, archive, staffId, options, check);
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
}

async function importOpened(
  env: StoreImportEnv,
  file: string,
  archive: OpenedArchive,
  staffId: number | null,
  options: ImportOptions,
  check: () => void,
): Promise<HeadOfficeImportResult> {
  const { manifest } = archive;
  const office = manifest.office;
  const archiveHash = await fileSha256(file);
  const result: HeadOfficeImportResult = { file, officeCode: office.code, officeName: office.name, period: manifest.period.label, alreadyImported: false, added: 0, replaced: 0, unchanged: 0, older: 0 };
  const unchangedResult = { ...result, alreadyImported: true, unchanged: Object.values(manifest.counts).reduce((sum, count) => sum + count, 0) };
  const { store } = env;
  if (await heldImport(store.db, office.code, archiveHash)) return unchangedResult;
  const records = [...archive.records.values()].flat();
  const total = records.length * 2;
  let done = 0;
  const step = (stage: string) => {
    check();
    options.onProgress?.({ stage, done: (done += 1), total });
  };
  // Refused before any print or scan is stored: every office's first archive waits for its key to be confirmed, and
  // a forged or broken chain never lands. Checked again under the lock, for an import running beside this one.
  checkSignerAgainst(await storePinnedKeys(store.db, office.code, archive.publicKey), archive, options.confirmedKeys ?? []);
  checkChainAgainst(await storeChainPoints(store.db, office.code), archive);
  const files = new Map<ArchivedRecord, StoredFile[]>();
  for (const record of records) {
    const held = await holdsStoreVersion(store.db, { officeCode: office.code, ledger: record.ledger, key: record.key }, sha256(JSON.stringify(record)));
    if (!held) {
      const stored: StoredFile[] = [];
      for (const { staged, ...carried } of carriedFiles(env.ledgers, record, archive.files)) stored.push({ ...carried, ...(await storeStagedFile(env.dataDir, staged)) });
      files.set(record, stored);
    }
    step('保存打印件与附件');
  }
  // The office's lock, and the signing key's: two offices' first archives signed with one key cannot both pin it.
  return store.exclusive([`office:${office.code}`, `key:${archive.publicKey}`], async (trx) => {
    // Under the office's lock: a concurrent import of the same archive has committed by now, or waits for this one.
    if (await heldImport(trx, office.code, archiveHash)) return unchangedResult;
    const newKey = checkSignerAgainst(await storePinnedKeys(trx, office.code, archive.publicKey), archive, options.confirmedKeys ?? []);
    checkChainAgainst(await storeChainPoints(trx, office.code), archive);
    if (newKey) {
      await pinStoreKey(trx, { office_code: office.code, public_key: archive.publicKey, fingerprint: keyFingerprint(archive.publicKey), pinned_at: env.now(), pinned_by: staffId });
    }
    const claimed = await claimImport(trx, {
      office_code: office.code,
      archive_sha256: archiveHash,
      file_name: basename(file),
      office_name: office.name,
      period_label: manifest.period.label,
      period_from: manifest.period.from,
      period_to: manifest.period.to,
      created_at: manifest.createdAt,
      imported_at: env.now(),
      counts: JSON.stringify(manifest.counts),
      full_data: manifest.fullData ? 1 : 0,
      chain_start_id: manifest.chain.start.id,
      chain_start_hash: manifest.chain.start.hash,
      chain_end_id: manifest.chain.end.id,
      chain_end_hash: manifest.chain.end.hash,
    });
    if (!claimed) return unchangedResult;
    for (const record of records) {
      result[await importRecord(trx, office, record, archiveHash, files.get(record) ?? [], env.now())] += 1;
      step('写入记录');
    }
    for (const { month, figures } of archive.statistics) {
      const existing = await storeStatisticsOf(trx, office.code, month);
      if (existing && manifest.createdAt <= existing.exported_at) continue;
      const row = { office_code: office.code, month, office_name: office.name, exported_at: manifest.createdAt, report: JSON.stringify(figures), archive_sha256: archiveHash };
      await putStoreStatistics(trx, row, existing !== undefined);
    }
    return result;
  });
}

async function importRecord(
  trx: StoreDb,
  office: { code: string; name: string },
  record: ArchivedRecord,
  archiveHash: string,
  files: StoredFile[],
  now: string,
): Promise<'added' | 'replaced' | 'unchanged' | 'older'> {
  const content = JSON.stringify(record);
  const contentSha256 = sha256(content);
  const identity = { officeCode: office.code, ledger: record.ledger, key: record.key };
  if (await holdsStoreVersion(trx, identity, contentSha256)) return 'unchanged';
  const current = await currentStoreVersion(trx, identity);
  const version = { revision: record.revision, history_count: record.history.length };
  const becomesCurrent = !current || newer(version, { revision: Number(current.revision), history_count: Number(current.history_count) });
  if (current && becomesCurrent) await retireStoreVersion(trx, identity, current.content_sha256);
  await insertStoreVersion(trx, {
    office_code: office.code,
    office_name: office.name,
    ledger: record.ledger,
    record_key: record.key,
    content_sha256: contentSha256,
    ...version,
    content,
    archive_sha256: archiveHash,
    current: becomesCurrent ? 1 : 0,
  });
  for (const file of files) {
    const link = { office_code: office.code, ledger: record.ledger, record_key: record.key, content_sha256: contentSha256, role: file.role, name: file.name, kind: file.kind, sha256: file.sha256 };
    await linkStoreFile(trx, link, { size: file.size, mime: file.mime, storedAt: now });
  }
  return !current ? 'added' : becomesCurrent ? 'replaced' : 'older';
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Many archives into the store at once (the bench's and the tests' way in; the app's job adds its history line). */
export function importManyIntoStore(
  env: StoreImportEnv,
  files: readonly string[],
  staffId: number | null,
  options: ManyImportOptions = {},
): Promise<ManyImportOutcome[]> {
  return importMany(files, (file, one) => importIntoStore(env, file, staffId, one), options);
}
