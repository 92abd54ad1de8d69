import type { AppContext } from '../context';
import type { ArchivedRecord } from '../archive/archiveLedger';
import { DomainError } from '../../../shared/contract/errors';
import { fieldLabels } from '../../../shared/domain/fieldLabels';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import type { HeadOfficeFile, HeadOfficeFileContent, HeadOfficeRecordDetail } from '../../../shared/domain/headOffice/headOffice';
import { headline, ledgerLabel } from './headOfficeQueries';
import type { LedgerRegistry } from '../ledgers/ledgerRegistry';
import { readHeadOfficeFile } from './headOfficeFiles';
import { storeCarriedFile, storeRecordVersions, storeVersionFiles } from '../db/headOfficeStore/headOfficeStoreRepository';
import { headOfficeStoreOf } from './headOfficeStoreConfig';

/**
 * Phones and ID numbers stay masked at head office unless the office exported full data: by field name, and in
 * free text (a history summary quoting a phone) by their shape.
 */
function privacy(fullData: boolean) {
  const text = (value: string) =>
    fullData ? value : value.replace(/\d{17}[\dXx]/g, (id) => maskIdNumber(id)).replace(/(?<!\d)1\d{10}(?!\d)/g, (phone) => maskPhone(phone));
  return {
    text,
    field(name: string, value: string) {
      if (fullData) return value;
      if (/idNumber/i.test(name)) return maskIdNumber(value);
      if (/phone/i.test(name)) return maskPhone(value);
      return text(value);
    },
  };
}

function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}

const partLabels: Record<string, string> = { workOrders: '派工单', revisits: '回访', extensions: '延期申请', capaReports: '纠正/预防措施报告', attempts: '回访尝试' };

/**
 * The record's fields as its ledger's workbook sheet shows them (Chinese headers, labels for codes, personal data
 * masked unless full); a ledger this version does not know shows its raw fields by their contract names.
 */
function recordFields(ledgers: LedgerRegistry, archived: ArchivedRecord, mask: ReturnType<typeof privacy>): { name: string; value: string }[] {
  const ledger = ledgers.archive(archived.ledger);
  if (ledger) {
    try {
      return ledger.columns.flatMap((column) => {
        const text = shown(column.value(archived));
        if (text === null) return [];
        const personal = column.personal === 'phone' ? 'phone' : column.personal === 'idNumber' ? 'idNumber' : 'text';
        return [{ name: column.header, value: mask.field(personal, text) }];
      });
    } catch {
      // A shape this version's ledger cannot read: the raw fields below.
    }
  }
  return Object.entries(archived.record).flatMap(([name, value]) => {
    const text = shown(value);
    return text === null || name === 'id' ? [] : [{ name: fieldLabels[name] ?? name, value: mask.field(name, text) }];
  });
}

/** An imported record read-only: the current version's fields, its whole history and every version with its files. */
export async function headOfficeRecord(ctx: AppContext, query: { officeCode: string; ledger: string; key: string }): Promise<HeadOfficeRecordDetail> {
  // A version is known by its content hash.
  const store = await headOfficeStoreOf(ctx);
  const rows = await storeRecordVersions(store.db, query);
  const current = rows[0];
  if (!current) throw new DomainError('not_found', `总部没有 ${query.officeCode} 的记录 ${query.key}`);
  const files = await storeVersionFiles(store.db, query, rows.map((row) => row.id));
  const archived = JSON.parse(current.content) as ArchivedRecord;
  const fullData = current.full_data === 1;
  const mask = privacy(fullData);
  const fields = recordFields(ctx.ledgers, archived, mask);
  return {
    officeCode: query.officeCode,
    officeName: current.office_name,
    ledger: query.ledger,
    ledgerLabel: ledgerLabel(ctx.ledgers, query.ledger),
    key: query.key,
    revision: current.revision,
    fullData,
    headline: headline(ctx.ledgers, archived),
    fields,
    parts: Object.entries(archived.parts ?? {}).map(([name, items]) => ({ name: partLabels[name] ?? name, count: Array.isArray(items) ? items.length : 0 })),
    history: archived.history.map((row) => ({
      at: row.at,
      staffName: row.staffName,
      action: row.action,
      summary: mask.text(row.summary),
      revision: row.revision,
      reason: row.reason === null ? null : mask.text(row.reason),
    })),
    versions: rows.map((row) => ({
      revision: row.revision,
      historyCount: row.history_count,
      current: row.current === 1,
      importedAt: row.imported_at,
      archiveFile: row.file_name,
      period: row.period_label,
      files: files.filter((file) => file.version_id === row.id).map(({ version_id: _, ...file }): HeadOfficeFile => file),
      fields: row.id === current.id ? fields : recordFields(ctx.ledgers, JSON.parse(row.content) as ArchivedRecord, privacy(row.full_data === 1)),
    })),
  };
}

/** A stored PDF or attachment, only when some imported record version carries it. */
export async function headOfficeFile(ctx: AppContext, sha256: string): Promise<HeadOfficeFileContent> {
  const link = await storeCarriedFile((await headOfficeStoreOf(ctx)).db, sha256);
  if (!link) throw new DomainError('not_found', '总部没有这个文件');
  const content = await readHeadOfficeFile(ctx.dataDir, sha256);
  // The name came from an archive: only its last part, without characters a file system refuses.
  const fileName = (link.name.split('/').at(-1) ?? 'file').replace(/[\\:*?"<>|\u0000-\u001f]/g, '_') || 'file';
  return { fileName, mime: link.mime, contentBase64: content.toString('base64') };
}
