import { createHash } from 'node:crypto';
import type { ArchiveProblem, ArchiveSummary, ArchiveVerification } from '../../../shared/domain/archive';
import {
  archiveFormat,
  archiveFormatVersion,
  archivedStatisticsSchema,
  isSafeArchivePath,
  ledgerPath,
  manifestPath,
  manifestSchema,
  archivedRecordSchema,
  statisticsFiguresPattern,
  type ArchivedStatistics,
  type ArchiveManifest,
} from './archiveFormat';
import type { ArchivedRecord } from './archiveLedger';
import { readZip, type ZipContents } from './zipIn';

/** A verified archive: its manifest, its records per ledger, each month's statistics figures and every file's bytes. */
export interface OpenedArchive {
  manifest: ArchiveManifest;
  records: Map<string, ArchivedRecord[]>;
  statistics: { month: string; figures: ArchivedStatistics }[];
  entries: Map<string, Buffer>;
}

/** Check an archive's structure and every hash; report each thing wrong, by file. */
export async function verifyArchive(file: string): Promise<ArchiveVerification> {
  return (await openArchive(file)).verification;
}

export async function openArchive(file: string): Promise<{ verification: ArchiveVerification; archive: OpenedArchive | null }> {
  const problems: ArchiveProblem[] = [];
  const result = (summary: ArchiveSummary | null, filesChecked: number, archive: OpenedArchive | null = null) => ({
    verification: { file, ok: problems.length === 0, summary, filesChecked, problems },
    archive: problems.length === 0 ? archive : null,
  });

  let zip: ZipContents;
  try {
    zip = await readZip(file);
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

  for (const path of [...zip.entries.keys(), ...zip.broken.keys(), ...Object.keys(manifest.files)]) {
    if (!isSafeArchivePath(path)) problems.push({ kind: 'unsafeName', path: null, message: `归档中的文件名不安全或不认识:${JSON.stringify(path).slice(0, 120)}` });
  }
  for (const path of new Set(zip.duplicates)) problems.push({ kind: 'extra', path, message: `文件 ${path} 在归档中出现了不止一次` });
  for (const [path, reason] of zip.broken) problems.push({ kind: 'changed', path, message: `文件 ${path} 已损坏,无法读出:${reason}` });
  let checked = 0;
  for (const [path, expected] of Object.entries(manifest.files)) {
    const content = zip.entries.get(path);
    if (!content) {
      if (!zip.broken.has(path)) problems.push({ kind: 'missing', path, message: `缺少文件 ${path}` });
      continue;
    }
    checked += 1;
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (sha256 !== expected.sha256 || content.length !== expected.size) problems.push({ kind: 'changed', path, message: `文件 ${path} 与清单中的校验值不符(被改动过)` });
  }
  for (const path of zip.entries.keys()) {
    if (path !== manifestPath && !Object.hasOwn(manifest.files, path)) problems.push({ kind: 'extra', path, message: `清单中没有的文件 ${path}` });
  }
  if (problems.length > 0) return result(summary, checked);
  const records = readRecords(zip, manifest, problems);
  return result(summary, checked, { manifest, records, statistics: readStatistics(zip, problems), entries: zip.entries });
}

function readManifest(zip: ZipContents, problems: ArchiveProblem[]): ArchiveManifest | null {
  const content = zip.entries.get(manifestPath);
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
function readRecords(zip: ZipContents, manifest: ArchiveManifest, problems: ArchiveProblem[]): Map<string, ArchivedRecord[]> {
  const records = new Map<string, ArchivedRecord[]>();
  for (const [ledger, count] of Object.entries(manifest.counts)) {
    const path = ledgerPath(ledger);
    const content = zip.entries.get(path);
    if (!content) {
      problems.push({ kind: 'missing', path, message: `清单列出 ${ledger} 的记录,但缺少文件 ${path}` });
      continue;
    }
    const lines = content.toString('utf8').split('\n').filter((line) => line.length > 0);
    const parsed: ArchivedRecord[] = [];
    lines.forEach((line, index) => {
      try {
        // Checked by the schema, kept as read: its hash identifies the version at head office.
        const record = JSON.parse(line) as ArchivedRecord;
        if (!archivedRecordSchema.safeParse(record).success || record.ledger !== ledger) throw new Error();
        for (const attachment of record.attachments) checkAttachment(zip, path, index, attachment, problems);
        parsed.push(record);
      } catch {
        problems.push({ kind: 'badRecords', path, message: `${path} 第 ${index + 1} 行不是有效的记录` });
      }
    });
    if (lines.length !== count) problems.push({ kind: 'badRecords', path, message: `${path} 有 ${lines.length} 条记录,清单记为 ${count} 条` });
    records.set(ledger, parsed);
  }
  return records;
}

/**
 * An attachment a record names must be the archive file of its own hash (attachments/<sha256>.<ext>) and hold
 * exactly those bytes: head office stores it by that hash, so a name pointing elsewhere is refused, never followed.
 */
function checkAttachment(zip: ZipContents, path: string, index: number, attachment: ArchivedRecord['attachments'][number], problems: ArchiveProblem[]) {
  const where = `${path} 第 ${index + 1} 行`;
  const name = typeof attachment?.path === 'string' ? attachment.path : '';
  if (typeof attachment?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(attachment.sha256) || !isSafeArchivePath(name) || !name.startsWith(`attachments/${attachment.sha256}.`)) {
    problems.push({ kind: 'unsafeName', path, message: `${where}的附件文件名不安全或与其校验值不符:${JSON.stringify(name).slice(0, 120)}` });
    return;
  }
  const content = zip.entries.get(name);
  if (!content) problems.push({ kind: 'missing', path: name, message: `${where}的附件 ${name} 不在归档中` });
  else if (createHash('sha256').update(content).digest('hex') !== attachment.sha256) problems.push({ kind: 'changed', path: name, message: `附件 ${name} 的内容与其校验值不符` });
}

/** statistics/<month>.json: each month's figures, checked against the shape head office reads. */
function readStatistics(zip: ZipContents, problems: ArchiveProblem[]): OpenedArchive['statistics'] {
  const statistics: OpenedArchive['statistics'] = [];
  for (const [path, content] of zip.entries) {
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
