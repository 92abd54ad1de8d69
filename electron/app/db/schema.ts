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
}
