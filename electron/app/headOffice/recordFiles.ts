import type { ArchivedRecord } from '../archive/archiveLedger';
import type { LedgerRegistry } from '../ledgers/ledgerRegistry';
import type { StagedFile } from '../archive/archiveVerify';

/** One file a record version carried: a printed form (by its archive path) or an attachment (by its file name). */
export interface CarriedFile {
  role: 'print' | 'attachment';
  name: string;
  kind: string | null;
  /** Its bytes as read from the verified archive, waiting in the import's staging folder. */
  staged: StagedFile;
}

/**
 * The record's printed forms (as its ledger names them in the archive, at the record's current revision) and its
 * attachments, staged from the verified archive. A print the archive lacks is simply not linked.
 */
export function carriedFiles(ledgers: LedgerRegistry, record: ArchivedRecord, files: Map<string, StagedFile>): CarriedFile[] {
  const carried: CarriedFile[] = [];
  let printPaths: string[] = [];
  try {
    printPaths = ledgers.archive(record.ledger)?.prints(record).map((print) => print.path) ?? [];
  } catch {
    // A record of a shape this version's ledger cannot read still imports; its prints are not linked.
  }
  for (const path of printPaths) {
    const staged = files.get(path);
    if (staged) carried.push({ role: 'print', name: path, kind: null, staged });
  }
  for (const attachment of record.attachments) {
    const staged = files.get(attachment.path);
    // Verification has checked that the path is attachments/<its sha256>.<ext> and the bytes hash to it.
    if (staged) carried.push({ role: 'attachment', name: String(attachment.fileName ?? attachment.path).slice(0, 200), kind: attachment.kind ?? null, staged });
  }
  return carried;
}
