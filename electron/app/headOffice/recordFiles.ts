import type { ArchivedRecord } from '../archive/archiveLedger';
import { archiveLedgerNamed } from '../archive/archiveLedgers';
import { sniffStoredMime } from './headOfficeFiles';

/** One file a record version carried: a printed form (by its archive path) or an attachment (by its file name). */
export interface CarriedFile {
  role: 'print' | 'attachment';
  name: string;
  kind: string | null;
  content: Buffer;
  mime: string;
}

/**
 * The record's printed forms (as its ledger names them in the archive, at the record's current revision) and its
 * attachments, with their bytes from the verified archive. A print the archive lacks is simply not linked.
 */
export function carriedFiles(record: ArchivedRecord, entries: Map<string, Buffer>): CarriedFile[] {
  const files: CarriedFile[] = [];
  let printPaths: string[] = [];
  try {
    printPaths = archiveLedgerNamed(record.ledger)?.prints(record).map((print) => print.path) ?? [];
  } catch {
    // A record of a shape this version's ledger cannot read still imports; its prints are not linked.
  }
  for (const path of printPaths) {
    const content = entries.get(path);
    if (content) files.push({ role: 'print', name: path, kind: null, content, mime: sniffStoredMime(content) });
  }
  for (const attachment of record.attachments) {
    const content = entries.get(attachment.path);
    // Verification has checked that the path is attachments/<its sha256>.<ext> and the bytes hash to it.
    if (content) files.push({ role: 'attachment', name: String(attachment.fileName ?? attachment.path).slice(0, 200), kind: attachment.kind ?? null, content, mime: sniffStoredMime(content) });
  }
  return files;
}
