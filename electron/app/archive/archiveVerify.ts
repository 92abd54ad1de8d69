import { createHash } from 'node:crypto';
import type { ArchiveProblem, ArchiveSummary, ArchiveVerification } from '../../../shared/domain/archive';
import { archiveFormat, archiveFormatVersion, ledgerPath, manifestPath, manifestSchema, type ArchiveManifest } from './archiveFormat';
import type { ArchivedRecord } from './archiveLedger';
import { StringDecoder } from 'node:string_decoder';
import { scanZip } from './zipIn';

/** A verified archive: its manifest and its records per ledger, ready for import. */
export interface OpenedArchive {
  manifest: ArchiveManifest;
  records: Map<string, ArchivedRecord[]>;
}

/** Check an archive's structure and every hash; report each thing wrong, by file. Reads it as a stream, keeping no file. */
export async function verifyArchive(file: string): Promise<ArchiveVerification> {
  return (await openArchive(file, { keepRecords: false })).verification;
}

/** What one pass over the zip learnt: each file's hash and size, the manifest's bytes, each ledger's lines. */
interface Scan {
  files: Map<string, { sha256: string; size: number }>;
  manifest: Buffer | null;
  ledgers: Map<string, { lines: number; badLines: number[]; records: ArchivedRecord[] }>;
  duplicates: string[];
  broken: Map<string, string>;
}

const ledgerFile = /^ledgers\/(.+)\.ndjson$/;

async function scanArchive(file: string, keepRecords: boolean): Promise<Scan> {
  const files = new Map<string, { sha256: string; size: number }>();
  const ledgers: Scan['ledgers'] = new Map();
  let manifest: Buffer | null = null;
  const { duplicates, broken } = await scanZip(file, async (path, stream) => {
    const hash = createHash('sha256');
    let size = 0;
    const manifestChunks: Buffer[] | null = path === manifestPath ? [] : null;
    const ledger = ledgerFile.exec(path)?.[1];
    const lines = ledger ? { lines: 0, badLines: [] as number[], records: [] as ArchivedRecord[] } : null;
    const decoder = new StringDecoder('utf8');
    let rest = '';
    const takeLine = (line: string) => {
      if (!lines || line.length === 0) return;
      lines.lines += 1;
      try {
        const record = JSON.parse(line) as ArchivedRecord;
        if (record.ledger !== ledger || typeof record.key !== 'string' || typeof record.revision !== 'number' || !Array.isArray(record.history)) throw new Error();
        if (keepRecords) lines.records.push(record);
      } catch {
        lines.badLines.push(lines.lines);
      }
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      manifestChunks?.push(chunk);
      if (lines) {
        const parts = (rest + decoder.write(chunk)).split('\n');
        rest = parts.pop()!;
        parts.forEach(takeLine);
      }
    }
    if (lines) takeLine(rest + decoder.end());
    files.set(path, { sha256: hash.digest('hex'), size });
    if (manifestChunks) manifest = Buffer.concat(manifestChunks);
    if (lines) ledgers.set(path, lines);
  });
  for (const path of broken.keys()) {
    files.delete(path);
    ledgers.delete(path);
    if (path === manifestPath) manifest = null;
  }
  return { files, manifest, ledgers, duplicates, broken };
}

/** Verify the archive and, when it is sound, read its records (head-office import). */
export async function openArchive(file: string, options: { keepRecords?: boolean } = {}): Promise<{ verification: ArchiveVerification; archive: OpenedArchive | null }> {
  const problems: ArchiveProblem[] = [];
  const result = (summary: ArchiveSummary | null, filesChecked: number, archive: OpenedArchive | null = null) => ({
    verification: { file, ok: problems.length === 0, summary, filesChecked, problems },
    archive: problems.length === 0 ? archive : null,
  });

  let zip: Scan;
  try {
    zip = await scanArchive(file, options.keepRecords ?? true);
  } catch (error) {
    problems.push({ kind: 'unreadable', path: null, message: `不是可读取的归档文件(zip):${describe(error)}` });
    return result(null, 0);
  }
  const manifest = readManifest(zip, problems);
  if (!manifest) return result(null, 0);
  const summary: ArchiveSummary = {
    formatVersion: manifest.formatVersion,
    appVersion: manifest.appVersion,
    officeName: manifest.office.name,
    officeCode: manifest.office.code,
    period: manifest.period,
    createdAt: manifest.createdAt,
    fullData: manifest.fullData,
    counts: manifest.counts,
  };
  if (manifest.formatVersion !== archiveFormatVersion) {
    problems.push({ kind: 'unknownFormat', path: manifestPath, message: `归档格式版本为 ${manifest.formatVersion},本程序只认识版本 ${archiveFormatVersion}` });
    return result(summary, 0);
  }

  for (const path of new Set(zip.duplicates)) problems.push({ kind: 'extra', path, message: `文件 ${path} 在归档中出现了不止一次` });
  for (const [path, reason] of zip.broken) problems.push({ kind: 'changed', path, message: `文件 ${path} 已损坏,无法读出:${reason}` });
  let checked = 0;
  for (const [path, expected] of Object.entries(manifest.files)) {
    const content = zip.files.get(path);
    if (!content) {
      if (!zip.broken.has(path)) problems.push({ kind: 'missing', path, message: `缺少文件 ${path}` });
      continue;
    }
    checked += 1;
    if (content.sha256 !== expected.sha256 || content.size !== expected.size) problems.push({ kind: 'changed', path, message: `文件 ${path} 与清单中的校验值不符(被改动过)` });
  }
  for (const path of zip.files.keys()) {
    if (path !== manifestPath && !Object.hasOwn(manifest.files, path)) problems.push({ kind: 'extra', path, message: `清单中没有的文件 ${path}` });
  }
  if (problems.length > 0) return result(summary, checked);
  return result(summary, checked, { manifest, records: readRecords(zip, manifest, problems) });
}

function readManifest(zip: Scan, problems: ArchiveProblem[]): ArchiveManifest | null {
  const content = zip.manifest;
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
