import type { Generated } from 'kysely';
import type { HeadOfficeStoreDatabase } from './headOfficeStore/storeSchema';

/**
 * The database as Kysely sees it: one interface per table, in one place. Booleans are 0/1 integers and
 * times are local ISO text (SQLite has neither type). Head office on SQLite keeps its records here, in the
 * head-office store's tables (`hq_*`, declared with the store in headOfficeStore/storeSchema.ts).
 */
export interface Database extends HeadOfficeStoreDatabase {
  schema_migrations: SchemaMigrationTable;
  settings: SettingTable;
  office: OfficeTable;
  departments: DepartmentTable;
  staff: StaffTable;
  rooms: RoomTable;
  owners: OwnerTable;
  record_sequences: RecordSequenceTable;
  paper_blanks: PaperBlankTable;
  complaints: ComplaintTable;
  record_history: RecordHistoryTable;
  work_orders: WorkOrderTable;
  revisits: RevisitTable;
  deadline_extensions: DeadlineExtensionTable;
  alerts: AlertTable;
  complaint_repeats: ComplaintRepeatTable;
  attachments: AttachmentTable;
  record_attachments: RecordAttachmentTable;
  capa_reports: CapaReportTable;
  calendar_overrides: CalendarOverrideTable;
  repairs: RepairTable;
  calls: CallTable;
  inspections: InspectionTable;
  service_scripts: ServiceScriptTable;
  revisit_attempts: RevisitAttemptTable;
  complaint_search: ComplaintSearchTable;
  loss_declarations: LossDeclarationTable;
  calendar_ordinals: CalendarOrdinalTable;
  calendar_ordinal_source: CalendarOrdinalSourceTable;
  statistics_months: StatisticsMonthTable;
  data_folder: DataFolderTable;
  import_batches: ImportBatchTable;
  import_rows: ImportRowTable;
  complaint_disputes: ComplaintDisputeTable;
  experience_entries: ExperienceEntryTable;
  case_words: CaseWordTable;
  case_word_search: CaseWordSearchTable;
  case_word_counts: CaseWordCountTable;
  case_word_totals: CaseWordTotalTable;
  complaint_index_backlog: ComplaintIndexBacklogTable;
  sign_in_failures: SignInFailureTable;
  office_signing_key: OfficeSigningKeyTable;
  archive_exports: ArchiveExportTable;
  request_answers: RequestAnswerTable;
  drafts: DraftTable;
}

/** An archive the office made: its period and where the history chain stood when it was signed. */
export interface ArchiveExportTable {
  id: Generated<number>;
  period_from: string;
  period_to: string;
  chain_end_id: number;
  chain_end_hash: string;
  exported_at: string;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface OfficeTable {
  id: number;
  name: string;
  company_name: string;
  code: string;
}

export interface DepartmentTable {
  id: Generated<number>;
  name: string;
  active: number;
  sort_order: number;
}

export interface StaffTable {
  id: Generated<number>;
  name: string;
  department_id: number;
  role: string;
  phone: string | null;
  active: number;
  /** scrypt hash (see auth/password.ts); null until a supervisor sets a password, and such staff cannot sign in. */
  password_hash: string | null;
}

export interface RoomTable {
  id: Generated<number>;
  building: string;
  unit: string;
  room_no: string;
  label: string;
  note: string | null;
}

export interface OwnerTable {
  id: Generated<number>;
  room_id: number;
  name: string;
  phone: string | null;
  sort_order: number;
}

export interface RecordSequenceTable {
  prefix: string;
  period: string;
  last_value: number;
}

/** A blank paper form's number, reserved in the office's sequence before it was printed. */
export interface PaperBlankTable {
  id: Generated<number>;
  number: string;
  kind: 'complaint' | 'repair' | 'call';
  status: 'reserved' | 'used' | 'voided';
  reserved_at: string;
  reserved_by: number;
  record_id: number | null;
  used_at: string | null;
  void_reason: string | null;
  voided_at: string | null;
  voided_by: number | null;
}

export interface ComplaintTable {
  id: Generated<number>;
  number: string;
  received_at: string;
  channel: string;
  referral_source: string | null;
  anonymous: number;
  complainant_name: string | null;
  room_id: number | null;
  room_label: string | null;
  phone: string | null;
  address: string | null;
  target_department_id: number | null;
  target_description: string | null;
  content: string;
  demand: string | null;
  category: string;
  severity: string;
  urgent: number;
  validity: string | null;
  status: string;
  receiver_staff_id: number;
  revision: number;
  created_by: number;
  created_at: string;
  updated_at: string;
  due_at: string | null;
  /** 循环往复: how many times an unsatisfied revisit reopened the case. */
  round: Generated<number>;
  investigator_staff_id: number | null;
  findings: string | null;
  emergency_measure: string | null;
  emergency_staff_id: number | null;
  cause_analysis: string | null;
  correction_period: string | null;
  corrective_action: string | null;
  handling_result: string | null;
  person_at_fault: string | null;
  handled_by: number | null;
  handled_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
  revisit_due_at: string | null;
  resolved_at: string | null;
  archived_at: string | null;
  archived_by: number | null;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
  /** The revision last printed for signature; later changes raise `revision`. */
  printed_revision: number | null;
  scan_waived_by: number | null;
  scan_waiver_reason: string | null;
  /** The severity before the repeat rule raised it. */
  escalated_from: string | null;
  extension_count: Generated<number>;
  /** 答复: what the owner was told of a 无效 complaint before it is archived (0013). */
  owner_reply: string | null;
  replied_at: string | null;
  replied_by: number | null;
}

/** 异议 (seed 004): a department disputes the desk's proposed resolution; the level above decides (0013). */
export interface ComplaintDisputeTable {
  id: Generated<number>;
  complaint_id: number;
  department_id: number | null;
  reason: string;
  raised_by: number;
  raised_at: string;
  status: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_comment: string | null;
}

export interface RecordHistoryTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  at: string;
  staff_id: number | null;
  action: string;
  summary: string;
  /** JSON of the changed fields: { field: [before, after] }. */
  changes: string | null;
  revision: number | null;
  reason: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface WorkOrderTable {
  id: Generated<number>;
  number: string;
  complaint_id: number | null;
  department_id: number;
  assignee_staff_id: number;
  issued_by: number;
  issued_at: string;
  due_at: string;
  instructions: string | null;
  collected_at: string | null;
  closed_at: string | null;
  status: string;
}

/** A revisit of a complaint or a repair (0004): planned with a window and a role, then done with the form's fields. */
export interface RevisitTable {
  id: Generated<number>;
  /** The column accepts NULL (0004 numbered the rows it carried over after inserting them); the ledger writes each with one. */
  number: string | null;
  subject_kind: string;
  subject_id: number;
  purpose: string;
  status: string;
  window_from: string;
  due_at: string;
  required_role: string;
  /** 回访事由 of a hand-planned revisit. */
  reason: string | null;
  /** The subject's room and owner when planned: the room history and the per-owner attempt count read them. */
  room_label: string | null;
  owner_name: string | null;
  method: string | null;
  revisitor_staff_id: number | null;
  revisited_at: string | null;
  /** JSON array of the script items ticked. */
  script_checks: string | null;
  /** 业户意见 */
  feedback: string | null;
  /** With the result; 不满意 reopens the subject. */
  satisfaction: string | null;
  attitude_satisfaction: string | null;
  /** 客服部意见 */
  office_opinion: string | null;
  reopened: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface RevisitAttemptTable {
  id: Generated<number>;
  revisit_id: number;
  outcome: string;
  attempted_at: string;
  staff_id: number;
  note: string | null;
  created_at: string;
}

export interface DeadlineExtensionTable {
  id: Generated<number>;
  complaint_id: number;
  reason: string;
  interim_measure: string;
  previous_due_at: string;
  requested_due_at: string;
  requested_by: number;
  requested_at: string;
  status: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_comment: string | null;
}

export interface AlertTable {
  id: Generated<number>;
  complaint_id: number;
  kind: string;
  message: string;
  created_at: string;
  acknowledged_by: number | null;
  acknowledged_at: string | null;
}

export interface ComplaintRepeatTable {
  complaint_id: number;
  earlier_id: number;
}

export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  mime: string;
  created_at: string;
}

export interface RecordAttachmentTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  attachment_id: number;
  kind: string;
  file_name: string;
  revision: number | null;
  created_by: number;
  created_at: string;
}

export interface CapaReportTable {
  id: Generated<number>;
  number: string;
  complaint_id: number;
  department_id: number | null;
  request_note: string | null;
  requested_by: number;
  requested_at: string;
  due_at: string;
  status: string;
  nonconformity: string | null;
  cause_analysis: string | null;
  corrective_action: string | null;
  preventive_action: string | null;
  responsible_person: string | null;
  planned_completion: string | null;
  submitted_by: number | null;
  submitted_at: string | null;
}

export interface CalendarOverrideTable {
  date: string;
  kind: string;
  name: string | null;
}

export interface RepairTable {
  id: Generated<number>;
  number: string;
  reported_at: string;
  room_id: number | null;
  room_label: string | null;
  reporter_name: string;
  phone: string | null;
  location: string | null;
  content: string;
  category: string;
  work_kind: string;
  urgency: string;
  status: string;
  receiver_staff_id: number;
  call_id: number | null;
  created_at: string;
  updated_at: string;
  /** The dispatch lives on the repair (one assignee at a time); see ledgers/repairs/repairSteps.ts. */
  department_id: number | null;
  assignee_staff_id: number | null;
  dispatched_by: number | null;
  dispatched_at: string | null;
  instructions: string | null;
  collect_due_at: string | null;
  collected_at: string | null;
  on_site_due_at: string | null;
  agreed_time_note: string | null;
  arrived_at: string | null;
  due_at: string | null;
  overrun_reason: string | null;
  overrun_approved_by: number | null;
  overrun_approved_at: string | null;
  completed_at: string | null;
  completed_by: number | null;
  result: string | null;
  materials: string | null;
  charge_type: string | null;
  /** Integer fen. */
  charge_fen: number | null;
  revisit_due_at: string | null;
  round: Generated<number>;
  closed_at: string | null;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
}

export interface CallTable {
  id: Generated<number>;
  number: string;
  called_at: string;
  room_id: number | null;
  room_label: string | null;
  caller_name: string | null;
  phone: string | null;
  matter: string;
  recorded_by: number;
  outcome: string;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
  repair_id: number | null;
  complaint_id: number | null;
  created_at: string;
  updated_at: string;
}
export interface InspectionTable {
  id: Generated<number>;
  number: string;
  complaint_id: number;
  inspected_at: string;
  place: string;
  inspector_staff_id: number;
  findings: string;
  follow_up: string | null;
  outcome: string;
  revision: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface ServiceScriptTable {
  id: Generated<number>;
  situation: string;
  title: string;
  text: string;
  sort_order: number;
  active: Generated<number>;
}

/** FTS5, contentless: `doc` can be written, never read back (see ledgers/complaints/complaintSearchTokens.ts). */
export interface ComplaintSearchTable {
  rowid: number;
  doc: string;
}

/** 收据、发票遗失声明 (migration 0006). Money in fen; ID numbers stored in full, shown masked. */
export interface LossDeclarationTable {
  id: Generated<number>;
  number: string;
  declared_at: string;
  status: string;
  customer_name: string;
  id_number: string;
  phone: string;
  room_id: number | null;
  room_label: string | null;
  document_type: string;
  document_number: string;
  amount_fen: number;
  issue_date: string;
  purpose: string;
  purpose_other: string | null;
  consultant_staff_id: number;
  by_agent: number;
  agent_name: string | null;
  agent_id_number: string | null;
  period_ends_on: string;
  stub_found_at: string | null;
  stub_found_by: number | null;
  stub_note: string | null;
  outcome: string | null;
  refund_kind: string | null;
  present_person: string | null;
  outcome_at: string | null;
  outcome_by: number | null;
  outcome_note: string | null;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** Working days up to and including `date` under the office's calendar (statistics/calendarOrdinals.ts). */
export interface CalendarOrdinalTable {
  date: string;
  ordinal: number;
}

export interface CalendarOrdinalSourceTable {
  id: number;
  fingerprint: string;
}

/** A closed month: its report as it stood, labels included (JSON of StatisticsReport). */
export interface StatisticsMonthTable {
  id: Generated<number>;
  month: string;
  status: string;
  snapshot: string;
  closed_by: number;
  closed_at: string;
  reopened_by: number | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

/** What this data folder is: one office's own, or head office's collection of archives. */
export interface DataFolderTable {
  id: number;
  kind: 'office' | 'headOffice';
  decided_at: string;
}

/** A file imported from Excel or CSV (0012): once per kind of records and file content. */
export interface ImportBatchTable {
  id: Generated<number>;
  kind: string;
  file_sha256: string;
  file_name: string;
  sheet: string | null;
  imported_by: number;
  imported_at: string;
  rows_imported: number;
  rows_skipped: number;
}

/** A row of an imported file and the record (or room) it became, with its 原编号 and a fingerprint of its values. */
export interface ImportRowTable {
  id: Generated<number>;
  batch_id: number;
  row_number: number;
  entity: string;
  entity_id: number;
  original_number: string | null;
  fingerprint: string;
}

/** 经验库 (0015): a standard procedure or a lesson drawn from a closed case; `words` are its segmented words. */
export interface ExperienceEntryTable {
  id: Generated<number>;
  kind: string;
  title: string;
  text: string;
  /** JSON array of the steps. */
  steps: Generated<string>;
  category: string | null;
  department_id: number | null;
  severity: string | null;
  /** JSON array of 话术 ids. */
  script_ids: Generated<string>;
  complaint_id: number | null;
  words: Generated<string>;
  active: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** A past case's segmented words (content and demand), space-separated, each once. */
export interface CaseWordTable {
  complaint_id: number;
  words: string;
}

/** The FTS5 index of case_words (0015), rowid = complaint id: a word's cases, newest first. */
export interface CaseWordSearchTable {
  rowid: number;
  words: string;
}

/** How many cases hold a word: its document frequency for BM25. */
export interface CaseWordCountTable {
  word: string;
  docs: number;
}

/** The one row of corpus totals: cases indexed and their words, for BM25's average length. */
export interface CaseWordTotalTable {
  id: number;
  docs: number;
  words: number;
}

/** Complaints whose search documents an older version wrote: indexed again at the next start. */
export interface ComplaintIndexBacklogTable {
  complaint_id: number;
}

/** An account's failed sign-ins: consecutive ones (they slow the next attempt) and those not yet shown to a manager. */
export interface SignInFailureTable {
  staff_id: number;
  failures: number;
  unseen: number;
  last_failed_at: string;
}

/** The office's Ed25519 key pair signing its archives: the raw public key and the PKCS#8 private key, base64. */
export interface OfficeSigningKeyTable {
  id: number;
  public_key: string;
  private_key: string;
  created_at: string;
}

/** The first answer to a write request id (JSON of the value), so a repeat of the request gets it again. */
export interface RequestAnswerTable {
  request_id: string;
  channel: string;
  staff_id: number;
  answer: string;
  answered_at: string;
}

/** A signed-in person's half-typed entry form (JSON of its fields), one per person and form. */
export interface DraftTable {
  staff_id: number;
  form: string;
  draft_values: string;
  saved_at: string;
}
