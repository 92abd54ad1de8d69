import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { ArchiveProblem, ArchiveSummary, ArchiveVerification } from '../../../shared/domain/archive/archive';
import {
  archiveFormat,
  archiveFormatVersion,
  archivedStatisticsSchema,
  isSafeArchivePath,
  ledgerPath,
  manifestPath,
  manifestSchema,
  archivedRecordSchema,
  signaturePath,
  signatureSchema,
  statisticsFiguresPattern,
  type ArchivedStatistics,
  type ArchiveManifest,
} from './archiveFormat';
import type { ArchivedRecord } from './archiveLedger';
import { scanZip } from './zipIn';
import { archiveLimits, entrySizeCheck } from './archiveLimits';
import { chainPath } from './archiveChain';
import { ChainLinks } from './chainLinks';
import { keyFingerprint, signatureHolds } from './archiveSignature';

/** A file of the archive written out to disk while it was read (prints, scans), with its hash. */
export interface StagedFile {
  file: string;
  sha256: string;
  size: number;
}

/** A verified archive: its manifest, its records per ledger, each month's statistics figures and its other files, staged. */
export interface OpenedArchive {
  manifest: ArchiveManifest;
  /** The office key that signed the manifest (base64 SPKI), and the chain links the archive carries. */
  publicKey: string;
  chain: ChainLinks;
  records: Map<string, ArchivedRecord[]>;
  statistics: { month: string; figures: ArchivedStatistics }[];
  files: Map<string, StagedFile>;
}

/** Check an archive's structure and every hash; report each thing wrong, by file. Reads it as a stream, keeping no file. */
export async function verifyArchive(file: string): Promise<ArchiveVerification> {
  return (await openArchive(file)).verification;
}

/** An attachment a record names, checked once the whole zip has been read (it may come after the record). */
interface AttachmentReference {
  where: string;
  attachment: ArchivedRecord['attachments'][number];
}

/** What one pass over the zip learnt: each file's hash and size, the manifest's bytes, each ledger's lines. */
interface Scan {
  files: Map<string, { sha256: string; size: number }>;
  manifest: Buffer | null;
  signature: Buffer | null;
  chain: ChainLinks | null;
  /** Each archived record's entity:id → the hashes of its history rows (for the chain's check). */
  histories: Map<string, Set<string>>;
  ledgers: Map<string, { lines: number; badLines: number[]; records: ArchivedRecord[] }>;
  attachments: AttachmentReference[];
  /** statistics/<month>.json: small, read to check their shape. */
  statistics: Map<string, Buffer>;
  /** The prints and scans written out to the staging folder, only when the archive is opened for import. */
  staged: Map<string, StagedFile>;
  duplicates: string[];
  broken: Map<string, string>;
  oversized: Map<string, string>;
}

const ledgerFile = /^ledgers\/(.+)\.ndjson$/;

/**
 * One pass over the zip. With `stageDir` (import), records are kept and every other file but the manifest, the
 * figures and the chain (read as it streams by) is written there, so even a large archive is never held in memory.
 */
async function scanArchive(file: string, stageDir: string | undefined): Promise<Scan> {
  const keep = stageDir !== undefined;
  let staged = 0;
  const scan: Omit<Scan, 'duplicates' | 'broken' | 'oversized'> = { files: new Map(), manifest: null, signature: null, chain: null, histories: new Map(), ledgers: new Map(), attachments: [], statistics: new Map(), staged: new Map() };
  const limits = { entries: archiveLimits.entries, admit: entrySizeCheck() };
  const { duplicates, broken, oversized } = await scanZip(file, async (path, stream) => {
    const hash = createHash('sha256');
    let size = 0;
    const ledger = ledgerFile.exec(path)?.[1];
    const kept = path === manifestPath || path === signaturePath || statisticsFiguresPattern.test(path);
    // Read last (scanZip's `last`), once every record's history is known.
    const chain = path === chainPath ? new ChainLinks({ carried: scan.histories, keep }) : null;
    const chunks: Buffer[] | null = kept ? [] : null;
    const stagedAs = stageDir && !ledger && !chunks && !chain ? join(stageDir, String((staged += 1))) : null;
    const lines = ledger ? { lines: 0, badLines: [] as number[], records: [] as ArchivedRecord[] } : null;
    let lineNumber = 0;
    const decoder = new StringDecoder('utf8');
    let rest = '';
    const takeLine = (line: string) => {
      lineNumber += 1;
      chain?.add(line, lineNumber);
      if (!lines || line.length === 0) return;
      lines.lines += 1;
      try {
        // Checked by the schema, kept as read: its hash identifies the version at head office.
        const record = JSON.parse(line) as ArchivedRecord;
        if (!archivedRecordSchema.safeParse(record).success || record.ledger !== ledger) throw new Error();
        for (const attachment of record.attachments) scan.attachments.push({ where: `${path} 第 ${lines.lines} 行`, attachment });
        for (const row of record.history) {
          const key = `${row.entity}:${row.entityId}`;
          if (!scan.histories.has(key)) scan.histories.set(key, new Set());
          if (typeof row.hash === 'string') scan.histories.get(key)!.add(row.hash);
        }
        if (keep) lines.records.push(record);
      } catch {
        lines.badLines.push(lines.lines);
      }
    };
    const read = (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      chunks?.push(chunk);
      if (lines || chain) {
        const parts = (rest + decoder.write(chunk)).split('\n');
        rest = parts.pop()!;
        parts.forEach(takeLine);
        // A record is never this long: a line padded without end would otherwise be held whole.
        if (rest.length > archiveLimits.lineBytes) throw new Error(`第 ${lineNumber + 1} 行超过 ${archiveLimits.lineBytes / 1024 / 1024} MB,不是正常的记录`);
      }
    };
    if (stagedAs) {
      const tap = new Transform({ transform: (chunk: Buffer, _encoding, done) => (read(chunk), done(null, chunk)) });
      await pipeline(stream, tap, createWriteStream(stagedAs));
    } else {
      for await (const chunk of stream as AsyncIterable<Buffer>) read(chunk);
    }
    if (lines || chain) takeLine(rest + decoder.end());
    const found = { sha256: hash.digest('hex'), size };
    scan.files.set(path, found);
    if (stagedAs) scan.staged.set(path, { file: stagedAs, ...found });
    const content = chunks ? Buffer.concat(chunks) : null;
    if (content && path === manifestPath) scan.manifest = content;
    if (content && path === signaturePath) scan.signature = content;
    if (chain) scan.chain = chain;
    if (content && statisticsFiguresPattern.test(path)) scan.statistics.set(path, content);
    if (lines) scan.ledgers.set(path, lines);
  }, limits, (path) => path === chainPath);
  for (const path of broken.keys()) {
    scan.files.delete(path);
    scan.ledgers.delete(path);
    scan.statistics.delete(path);
    scan.staged.delete(path);
    if (path === manifestPath) scan.manifest = null;
    if (path === signaturePath) scan.signature = null;
    if (path === chainPath) scan.chain = null;
  }
  return { ...scan, duplicates, broken, oversized };
}

/**
 * Verify the archive and, given a staging folder (head-office import), read its records and write its prints and
 * scans there (the caller removes the folder). Without one it only verifies.
 */
export async function openArchive(file: string, stageDir?: string): Promise<{ verification: ArchiveVerification; archive: OpenedArchive | null }> {
  const problems: ArchiveProblem[] = [];
  const result = (summary: ArchiveSummary | null, filesChecked: number, archive: OpenedArchive | null = null) => ({
    verification: { file, ok: problems.length === 0, summary, filesChecked, problems },
    archive: problems.length === 0 ? archive : null,
  });

  let zip: Scan;
  try {
    zip = await scanArchive(file, stageDir);
  } catch (error) {
    problems.push({ kind: 'unreadable', path: null, message: `不是可读取的归档文件(zip):${describe(error)}` });
    return result(null, 0);
  }
  const manifest = readManifest(zip, problems);
  if (!manifest) return result(null, 0);
  const publicKey = checkSignature(zip, problems);
  const summary: ArchiveSummary = {
    formatVersion: manifest.formatVersion,
    appVersion: manifest.appVersion,
    officeName: manifest.office.name,
    officeCode: manifest.office.code,
    period: manifest.period,
    createdAt: manifest.createdAt,
    fullData: manifest.fullData,
    counts: manifest.counts,
    keyFingerprint: publicKey ? keyFingerprint(publicKey) : null,
  };
  if (manifest.formatVersion !== archiveFormatVersion) {
    problems.push({ kind: 'unknownFormat', path: manifestPath, message: `归档格式版本为 ${manifest.formatVersion},本程序只认识版本 ${archiveFormatVersion}` });
    return result(summary, 0);
  }

  for (const path of [...zip.files.keys(), ...zip.broken.keys(), ...zip.oversized.keys(), ...Object.keys(manifest.files)]) {
    if (!isSafeArchivePath(path)) problems.push({ kind: 'unsafeName', path: null, message: `归档中的文件名不安全或不认识:${JSON.stringify(path).slice(0, 120)}` });
  }
  for (const path of new Set(zip.duplicates)) problems.push({ kind: 'extra', path, message: `文件 ${path} 在归档中出现了不止一次` });
  for (const [path, reason] of zip.broken) problems.push({ kind: 'changed', path, message: `文件 ${path} 已损坏,无法读出:${reason}` });
  for (const [path, reason] of zip.oversized) problems.push({ kind: 'tooLarge', path, message: `${reason},没有读取` });
  let checked = 0;
  for (const [path, expected] of Object.entries(manifest.files)) {
    const content = zip.files.get(path);
    if (!content) {
      if (!zip.broken.has(path) && !zip.oversized.has(path)) problems.push({ kind: 'missing', path, message: `缺少文件 ${path}` });
      continue;
    }
    checked += 1;
    if (content.sha256 !== expected.sha256 || content.size !== expected.size) problems.push({ kind: 'changed', path, message: `文件 ${path} 与清单中的校验值不符(被改动过)` });
  }
  for (const path of zip.files.keys()) {
    if (path !== manifestPath && path !== signaturePath && !Object.hasOwn(manifest.files, path)) problems.push({ kind: 'extra', path, message: `清单中没有的文件 ${path}` });
  }
  if (problems.length > 0) return result(summary, checked);
  const records = readRecords(zip, manifest, problems);
  for (const reference of zip.attachments) checkAttachment(zip, reference, problems);
  const chain = zip.chain ?? new ChainLinks({ carried: zip.histories, keep: false });
  chain.check(manifest.chain, problems);
  return result(summary, checked, { manifest, publicKey: publicKey!, chain, records, statistics: readStatistics(zip, problems), files: zip.staged });
}

/**
 * signature.json must hold a valid Ed25519 signature of manifest.json's exact bytes: a manifest re-hashed after a
 * change cannot be signed again without the office's key. Answers the key that signed, or null with a problem.
 */
function checkSignature(zip: Scan, problems: ArchiveProblem[]): string | null {
  if (!zip.signature) {
    problems.push({ kind: 'signature', path: signaturePath, message: '归档没有签名(缺少 signature.json),无法确认出自哪个管理处' });
    return null;
  }
  let parsed: ReturnType<typeof signatureSchema.safeParse>;
  try {
    parsed = signatureSchema.safeParse(JSON.parse(zip.signature.toString('utf8')));
  } catch {
    parsed = { success: false } as typeof parsed;
  }
  if (!parsed.success || !signatureHolds(parsed.data.publicKey, zip.manifest!, parsed.data.signature)) {
    problems.push({ kind: 'signature', path: signaturePath, message: '清单 manifest.json 的签名不符:归档在导出后被改动过,或不是用该管理处的密钥签名的' });
    return null;
  }
  return parsed.data.publicKey;
}

function readManifest(zip: Scan, problems: ArchiveProblem[]): ArchiveManifest | null {
  const content = zip.manifest;
  const oversized = zip.oversized.get(manifestPath);
  if (oversized) {
    problems.push({ kind: 'tooLarge', path: manifestPath, message: oversized });
    return null;
  }
  if (!content) {
    problems.push({ kind: zip.broken.has(manifestPath) ? 'unreadable' : 'missing', path: manifestPath, message: '缺少清单文件 manifest.json,无法核对' });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch {
    problems.push({ kind: 'unreadable', path: manifestPath, message: '清单文件 manifest.json 不是有效的 JSON' });
    return null;
  }
  const format = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (format.format !== archiveFormat || typeof format.formatVersion !== 'number') {
    problems.push({ kind: 'unknownFormat', path: manifestPath, message: '不是物业台账的归档文件(清单中没有可识别的格式与版本)' });
    return null;
  }
  if (format.formatVersion !== archiveFormatVersion) {
    problems.push({ kind: 'unknownFormat', path: manifestPath, message: `归档格式版本为 ${format.formatVersion},本程序只认识版本 ${archiveFormatVersion}` });
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    problems.push({ kind: 'unreadable', path: manifestPath, message: `清单文件内容不完整:${parsed.error.issues[0]?.path.join('.')}` });
    return null;
  }
  return parsed.data;
}

/** The NDJSON of each counted ledger: every line a record, as many as the manifest counts. */
function readRecords(zip: Scan, manifest: ArchiveManifest, problems: ArchiveProblem[]): Map<string, ArchivedRecord[]> {
  const records = new Map<string, ArchivedRecord[]>();
  for (const [ledger, count] of Object.entries(manifest.counts)) {
    const path = ledgerPath(ledger);
    const lines = zip.ledgers.get(path);
    if (!lines) {
      problems.push({ kind: 'missing', path, message: `清单列出 ${ledger} 的记录,但缺少文件 ${path}` });
      continue;
    }
    for (const line of lines.badLines) problems.push({ kind: 'badRecords', path, message: `${path} 第 ${line} 行不是有效的记录` });
    if (lines.lines !== count) problems.push({ kind: 'badRecords', path, message: `${path} 有 ${lines.lines} 条记录,清单记为 ${count} 条` });
    records.set(ledger, lines.records);
  }
  return records;
}

/**
 * An attachment a record names must be the archive file of its own hash (attachments/<sha256>.<ext>) and hold
 * exactly those bytes: head office stores it by that hash, so a name pointing elsewhere is refused, never followed.
 */
function checkAttachment(zip: Scan, { where, attachment }: AttachmentReference, problems: ArchiveProblem[]) {
  const name = typeof attachment?.path === 'string' ? attachment.path : '';
  if (typeof attachment?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(attachment.sha256) || !isSafeArchivePath(name) || !name.startsWith(`attachments/${attachment.sha256}.`)) {
    problems.push({ kind: 'unsafeName', path: where.split(' ')[0]!, message: `${where}的附件文件名不安全或与其校验值不符:${JSON.stringify(name).slice(0, 120)}` });
    return;
  }
  const file = zip.files.get(name);
  if (!file) problems.push({ kind: 'missing', path: name, message: `${where}的附件 ${name} 不在归档中` });
  else if (file.sha256 !== attachment.sha256) problems.push({ kind: 'changed', path: name, message: `附件 ${name} 的内容与其校验值不符` });
}

/** statistics/<month>.json: each month's figures, checked against the shape head office reads. */
function readStatistics(zip: Scan, problems: ArchiveProblem[]): OpenedArchive['statistics'] {
  const statistics: OpenedArchive['statistics'] = [];
  for (const [path, content] of zip.statistics) {
    const month = statisticsFiguresPattern.exec(path)?.[1];
    if (!month) continue;
    let parsed: ReturnType<typeof archivedStatisticsSchema.safeParse>;
    try {
      parsed = archivedStatisticsSchema.safeParse(JSON.parse(content.toString('utf8')));
    } catch {
      parsed = { success: false } as typeof parsed;
    }
    if (parsed.success) statistics.push({ month, figures: parsed.data });
    else problems.push({ kind: 'badRecords', path, message: `统计数据 ${path} 的内容无法识别` });
  }
  return statistics;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
