import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { historyRowHash } from '../../electron/app/history/historyChain';
import { formatRecordNumber, type RecordNumbering } from '../../shared/domain/recordNumber';
import { givenNames, surnames } from '../../electron/app/demo/demoText';
import { Random, Zipf } from './random';

export interface GeneratedRoom {
  id: number;
  label: string;
  ownerName: string;
  ownerPhone: string;
}

/** What every ledger generator draws on: the office's rooms, staff and clock, and the shared history chain. */
export interface GeneratedOffice {
  raw: BetterSqlite3.Database;
  random: Random;
  rooms: GeneratedRoom[];
  /** A room by Zipf skew: the same few rooms come back again and again. */
  busyRoom(): GeneratedRoom;
  clerks: number[];
  supervisors: number[];
  /** Department id → staff who take its work orders. */
  departments: { id: number; staff: number[] }[];
  /** Ten years, ending at `now`. */
  start: number;
  now: number;
  /**
   * The moment at fraction `u` (0–1) of the office's records: records are spread by a real office's rhythm —
   * a growing estate, a wet summer, a quiet Spring Festival, lighter weekends, office hours — rather than evenly.
   */
  timeAt(u: number): number;
  history: HistoryWriter;
  numbers: RecordNumbers;
  personName(): string;
  phone(): string;
  /** A staff member's name, as the services write it into history summaries. */
  staffName(id: number): string;
  /** A stored scan (attachments row id) from a small pool of real files in the data folder's attachment store. */
  scan(kind: 'pdf' | 'jpeg'): number;
}

export const officeNow = '2026-11-23T10:00:00';
export const yearsOfRecords = 10;

/** Local ISO minutes, the office's time format (times are local, the epoch is only arithmetic). */
export function localTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + ':00';
}
export function localMs(time: string): number {
  return Date.parse(`${time}Z`);
}

/** The history chain spans every ledger, in insertion order, exactly as appendHistory writes it. */
export class HistoryWriter {
  private prevHash = '';
  rows = 0;
  private readonly insert: BetterSqlite3.Statement;
  constructor(raw: BetterSqlite3.Database) {
    this.insert = raw.prepare(
      'INSERT INTO record_history (entity, entity_id, at, staff_id, action, summary, changes, revision, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    );
  }
  append(entity: string, entityId: number, at: string, staffId: number, action: string, summary: string, changes: string | null = null): void {
    const row = { entity, entity_id: entityId, at, staff_id: staffId, action, summary, changes, revision: 0, reason: null };
    const hash = historyRowHash(this.prevHash, row);
    this.insert.run(entity, entityId, at, staffId, action, summary, changes, 0, null, this.prevHash, hash);
    this.prevHash = hash;
    this.rows++;
  }
}

/** Numbers per ledger and month, written back to record_sequences so the app continues after them. */
export class RecordNumbers {
  private readonly last = new Map<string, number>();
  next(numbering: RecordNumbering, at: string): string {
    const period = at.slice(0, 7).replace('-', '');
    const key = `${numbering.prefix}|${period}`;
    const value = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, value);
    return formatRecordNumber(numbering, period, value);
  }
  save(raw: BetterSqlite3.Database): void {
    const upsert = raw.prepare('INSERT OR REPLACE INTO record_sequences (prefix, period, last_value) VALUES (?,?,?)');
    for (const [key, value] of this.last) {
      const [prefix, period] = key.split('|');
      upsert.run(prefix, period, value);
    }
  }
}

/** The estate: 24 buildings × 2 units × 26 floors × 4 rooms, one or two owners each, and the office's staff. */
export function generateOffice(raw: BetterSqlite3.Database, random: Random, dataDir: string): GeneratedOffice {
  raw.prepare("INSERT OR REPLACE INTO office (id, name, company_name, code) VALUES (1, '锦绣花园管理处', '安居物业服务有限公司', 'JX01')").run();
  const personName = () => random.pick(surnames) + random.pick(givenNames);
  const phone = () => `1${random.pick(['3', '5', '8'])}${String(random.int(0, 999999999)).padStart(9, '0')}`;

  const insertRoom = raw.prepare('INSERT INTO rooms (building, unit, room_no, label) VALUES (?,?,?,?)');
  const insertOwner = raw.prepare('INSERT INTO owners (room_id, name, phone, sort_order) VALUES (?,?,?,?)');
  const rooms: GeneratedRoom[] = [];
  for (let building = 1; building <= 24; building++) {
    for (let unit = 1; unit <= 2; unit++) {
      for (let floor = 1; floor <= 26; floor++) {
        for (let door = 1; door <= 4; door++) {
          const roomNo = `${floor}0${door}`;
          const label = `${building}-${unit}-${roomNo}`;
          const id = Number(insertRoom.run(String(building), String(unit), roomNo, label).lastInsertRowid);
          const owner = { name: personName(), phone: phone() };
          insertOwner.run(id, owner.name, owner.phone, 0);
          if (random.chance(0.3)) insertOwner.run(id, personName(), phone(), 1);
          rooms.push({ id, label, ownerName: owner.name, ownerPhone: owner.phone });
        }
      }
    }
  }
  // Which rooms are the busy ones is itself random: the skew is over a shuffled order. Most complaints come
  // from anywhere; one in five from the Zipf tail, so a handful of rooms complain every few days.
  const skewed = random.shuffle([...rooms]);
  const zipf = new Zipf(skewed.length, 1);

  const departments = (raw.prepare('SELECT id FROM departments ORDER BY id').pluck().all() as number[]).map((id) => ({ id, staff: [] as number[] }));
  const insertStaff = raw.prepare('INSERT INTO staff (name, department_id, role, phone, active) VALUES (?,?,?,?,1)');
  const staffNames = new Map<number, string>();
  const addStaff = (departmentId: number, role: string) => {
    const name = personName();
    const id = Number(insertStaff.run(name, departmentId, role, phone()).lastInsertRowid);
    staffNames.set(id, name);
    return id;
  };
  const service = departments[0]!.id;
  const clerks = Array.from({ length: 6 }, () => addStaff(service, 'clerk'));
  const supervisors = Array.from({ length: 2 }, () => addStaff(service, 'supervisor'));
  addStaff(service, 'manager');
  for (const department of departments) department.staff = Array.from({ length: 5 }, () => addStaff(department.id, 'clerk'));

  const now = localMs(officeNow);
  const scans = { pdf: scanPool(raw, random, dataDir, 'pdf', localTime(now - yearsOfRecords * 365.25 * 86_400_000)), jpeg: scanPool(raw, random, dataDir, 'jpeg', localTime(now - yearsOfRecords * 365.25 * 86_400_000)) };
  return {
    raw,
    random,
    rooms,
    busyRoom: () => (random.chance(0.2) ? skewed[zipf.sample(random)]! : random.pick(rooms)),
    clerks,
    supervisors,
    departments,
    start: now - yearsOfRecords * 365.25 * 86_400_000,
    now,
    history: new HistoryWriter(raw),
    numbers: new RecordNumbers(),
    personName,
    phone,
    scan: (kind) => random.pick(scans[kind]),
    staffName: (id) => staffNames.get(id) ?? '',
    timeAt: officeRhythm(now - yearsOfRecords * 365.25 * 86_400_000, now),
  };
}

/** Relative weight of each month (Jan…Dec): the Spring Festival is quiet, the rainy summer is busy (leaks, pests). */
const monthWeights = [0.8, 0.65, 0.9, 1, 1.1, 1.35, 1.45, 1.3, 1.05, 0.85, 0.9, 0.9];
/** …and of each hour of the day: the desk's hours, a lunch dip, a few calls at night. */
const hourWeights = [0.03, 0.02, 0.02, 0.02, 0.02, 0.03, 0.1, 0.4, 1.2, 1.4, 1.3, 1.1, 0.6, 0.7, 1.2, 1.2, 1.1, 1, 0.7, 0.6, 0.45, 0.3, 0.15, 0.06];

/**
 * The inverse of the records' distribution over [start, now): per day, month × weekday × the estate's growth
 * (0.7 in the first year to 1.1 in the last, as owners move in), within the day by hour. Monotonic in u, so
 * records generated in order stay in order.
 */
function officeRhythm(start: number, now: number): (u: number) => number {
  const hour = 3_600_000;
  const firstHour = Math.floor(start / hour);
  const hours = Math.floor(now / hour) - firstHour;
  const cumulative = new Float64Array(hours);
  let sum = 0;
  for (let h = 0; h < hours; h++) {
    const date = new Date((firstHour + h) * hour);
    const weekday = date.getUTCDay();
    const growth = 0.7 + (0.4 * h) / hours;
    sum += monthWeights[date.getUTCMonth()]! * (weekday === 0 || weekday === 6 ? 0.8 : 1) * growth * hourWeights[date.getUTCHours()]!;
    cumulative[h] = sum;
  }
  return (u: number) => {
    const target = Math.min(Math.max(u, 0), 1 - 1e-12) * sum;
    let lo = 0;
    let hi = hours - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    const before = lo === 0 ? 0 : cumulative[lo - 1]!;
    return (firstHour + lo + (target - before) / (cumulative[lo]! - before)) * hour;
  };
}

/**
 * Twenty scans of one kind, 120–240 KB of seeded incompressible bytes behind the format's signature (a scan is
 * already compressed), written where attachmentStore keeps them (attachments/<2 hex>/<sha256>) so export and
 * verify read real files.
 */
function scanPool(raw: BetterSqlite3.Database, random: Random, dataDir: string, kind: 'pdf' | 'jpeg', at: string): number[] {
  const insert = raw.prepare('INSERT INTO attachments (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)');
  const magic = kind === 'pdf' ? Buffer.from('%PDF-1.4\n', 'latin1') : Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
  return Array.from({ length: 20 }, () => {
    const content = Buffer.alloc(random.int(120, 240) * 1024);
    magic.copy(content);
    let state = random.int(1, 0x7fffffff);
    for (let i = magic.length; i < content.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      content[i] = state & 0xff;
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    mkdirSync(join(dataDir, 'attachments', sha256.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'attachments', sha256.slice(0, 2), sha256), content);
    return Number(insert.run(sha256, content.length, kind === 'pdf' ? 'application/pdf' : 'image/jpeg', at).lastInsertRowid);
  });
}
