import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity, ComplaintStatus, ComplaintValidity } from './complaint';
import type { StaffRole } from './office';
import type { CodePointRanges } from './glyphCoverage';
import type {
  Alert,
  AttachmentLink,
  CapaReport,
  ComplaintAction,
  DeadlineExtension,
  RelatedComplaint,
  Revisit,
  WorkOrder,
} from './lifecycleRecords';

/** What crosses the contract as output. Times are local ISO strings (2026-11-23T09:30:00). */

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page read by keyset: `next` continues after its last row. `total` is counted up to a limit; past it
 * `totalIsLowerBound` is true (the list says “1000 条以上”), because counting every match of a ten-year
 * ledger would cost more than reading the page.
 */
export interface KeysetPage<T> extends Page<T> {
  next: string | null;
  totalIsLowerBound: boolean;
}

export interface Office {
  name: string;
  companyName: string;
  code: string;
}

export interface Department {
  id: number;
  name: string;
  active: boolean;
  sortOrder: number;
}

export interface Staff {
  id: number;
  name: string;
  departmentId: number;
  departmentName: string;
  role: StaffRole;
  phone: string | null;
  active: boolean;
  /** Whether the member can sign in. */
  hasPassword: boolean;
}

export interface Owner {
  id: number;
  name: string;
  phone: string | null;
}

export interface Room {
  id: number;
  building: string;
  unit: string;
  roomNo: string;
  label: string;
  note: string | null;
  owners: Owner[];
}

export interface ComplaintRecord {
  id: number;
  number: string;
  receivedAt: string;
  channel: ComplaintChannel;
  referralSource: string | null;
  anonymous: boolean;
  complainantName: string | null;
  roomId: number | null;
  roomLabel: string | null;
  phone: string | null;
  address: string | null;
  targetDepartmentId: number | null;
  targetDepartmentName: string | null;
  targetDescription: string | null;
  content: string;
  demand: string | null;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  urgent: boolean;
  validity: ComplaintValidity | null;
  status: ComplaintStatus;
  receiverStaffId: number;
  receiverName: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The case's time limit (moved by an approved extension); null only on records older than deadlines. */
  dueAt: string | null;
  /** 循环往复: how many times an unsatisfied revisit reopened it. */
  round: number;
  investigatorName: string | null;
  findings: string | null;
  emergencyMeasure: string | null;
  emergencyStaffName: string | null;
  causeAnalysis: string | null;
  correctionPeriod: string | null;
  correctiveAction: string | null;
  handlingResult: string | null;
  personAtFault: string | null;
  handledByName: string | null;
  handledAt: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  revisitDueAt: string | null;
  resolvedAt: string | null;
  archivedAt: string | null;
  archivedByName: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  printedRevision: number | null;
  scanWaiverReason: string | null;
  /** The severity before the 5th repeat raised it to 严重. */
  escalatedFrom: ComplaintSeverity | null;
  extensionCount: number;
}

/** A row of the complaint list: the phone is masked, the content cut short. */
export interface ComplaintListItem {
  id: number;
  number: string;
  receivedAt: string;
  complainantName: string;
  roomLabel: string | null;
  phoneMasked: string;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  urgent: boolean;
  status: ComplaintStatus;
  contentExcerpt: string;
  receiverName: string;
  dueAt: string | null;
  round: number;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  at: string;
  staffName: string | null;
  action: string;
  summary: string;
  /** The record's revision after this change (a print names the revision it showed). */
  revision: number | null;
  /** Why a printed record was changed. */
  reason: string | null;
  changes: FieldChange[];
}

export interface ComplaintDetail {
  complaint: ComplaintRecord;
  history: HistoryEntry[];
  workOrders: WorkOrder[];
  revisits: Revisit[];
  extensions: DeadlineExtension[];
  capaReports: CapaReport[];
  attachments: AttachmentLink[];
  /** The earlier complaints the repeat rule counted. */
  repeats: RelatedComplaint[];
  alerts: Alert[];
  /** What the signed-in person may do next, from the lifecycle table. */
  actions: ComplaintAction[];
}

export interface PrintedForm {
  fileName: string;
  pdfBase64: string;
  /** Characters the font lacks, printed as visible placeholders rather than blanks. */
  missingGlyphs: string[];
  /** True when the desktop shell opened the file in the system PDF viewer. */
  openedInViewer: boolean;
}

export interface FontCoverage {
  family: string;
  license: string;
  ranges: CodePointRanges;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  /** The desktop app can show the system's folder picker; the browser mode asks for a typed path. */
  folderDialog: boolean;
}
