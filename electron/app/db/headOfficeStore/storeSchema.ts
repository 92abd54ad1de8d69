/**
 * Head office's store (issue 23): the same tables on SQLite or PostgreSQL. Every key and index starts with the
 * office code, so a group that outgrows one PostgreSQL server can distribute every table by office (Citus's
 * create_distributed_table on office_code) and each import or office page stays on one node. Rows point at each
 * other by natural keys (office, ledger, record number, content hash), never by a serial id: ids would need one
 * counter for the whole group.
 */
export interface HeadOfficeStoreDatabase {
  hq_migrations: StoreMigrationTable;
  hq_imports: StoreImportTable;
  hq_records: StoreRecordTable;
  hq_record_files: StoreRecordFileTable;
  hq_files: StoreFileTable;
  hq_statistics: StoreStatisticsTable;
  hq_office_keys: StoreOfficeKeyTable;
}

/** Which of the store's own migrations (headOfficeStore/migrations) are applied: bookkeeping, not office data. */
export interface StoreMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

/** One imported archive, once per content: (office_code, archive_sha256). */
export interface StoreImportTable {
  office_code: string;
  archive_sha256: string;
  file_name: string;
  office_name: string;
  period_label: string;
  /** Null on an import moved from an app version before archives carried their period and chain (app migration 0016). */
  period_from: string | null;
  period_to: string | null;
  created_at: string;
  imported_at: string;
  /** JSON of the manifest's counts per ledger. */
  counts: string;
  full_data: number;
  chain_start_id: number | null;
  chain_start_hash: string | null;
  chain_end_id: number | null;
  chain_end_hash: string | null;
}

/** Every version of a record ever imported: (office_code, ledger, record_key, content_sha256); `current` marks the newest. */
export interface StoreRecordTable {
  office_code: string;
  ledger: string;
  record_key: string;
  content_sha256: string;
  office_name: string;
  revision: number;
  history_count: number;
  /** The archived record's NDJSON line. */
  content: string;
  /** The import that brought this version. */
  archive_sha256: string;
  current: number;
}

/** A print or attachment a record version carried; the bytes are in the content-addressed file store. */
export interface StoreRecordFileTable {
  office_code: string;
  ledger: string;
  record_key: string;
  content_sha256: string;
  role: 'print' | 'attachment';
  name: string;
  kind: string | null;
  sha256: string;
}

/** A stored file as an office's archives carried it (the same bytes of two offices: two rows, one file on disk). */
export interface StoreFileTable {
  office_code: string;
  sha256: string;
  size: number;
  mime: string;
  stored_at: string;
}

/** One office's statistics of one month as its newest archive of that month carried them. */
export interface StoreStatisticsTable {
  office_code: string;
  month: string;
  office_name: string;
  exported_at: string;
  /** JSON of the ArchivedStatistics. */
  report: string;
  archive_sha256: string;
}

/** The key an office signs its archives with, pinned at its first import after the fingerprint was confirmed. */
export interface StoreOfficeKeyTable {
  office_code: string;
  public_key: string;
  fingerprint: string;
  pinned_at: string;
  pinned_by: number | null;
}
