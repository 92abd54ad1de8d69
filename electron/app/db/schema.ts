import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it: one interface per table, in one place. Booleans are 0/1 integers and
 * times are local ISO text (SQLite has neither type).
 */
export interface Database {
  schema_migrations: SchemaMigrationTable;
  settings: SettingTable;
  office: OfficeTable;
  departments: DepartmentTable;
  staff: StaffTable;
  rooms: RoomTable;
  owners: OwnerTable;
  record_sequences: RecordSequenceTable;
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
  calendar_ordinals: CalendarOrdinalTable;
  calendar_ordinal_source: CalendarOrdinalSourceTable;
  statistics_months: StatisticsMonthTable;
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

export interface RevisitTable {
  id: Generated<number>;
  complaint_id: number | null;
  method: string;
  revisitor_staff_id: number;
  revisited_at: string;
  feedback: string;
  satisfaction: string;
  reopened: number;
  created_by: number;
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
