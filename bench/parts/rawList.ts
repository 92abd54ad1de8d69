import type BetterSqlite3 from 'better-sqlite3';
import { countCap } from '../../electron/app/ledgers/complaints/complaintListRepository';

/** The complaint list as one would write it by hand: the page (one extra row says “more”) and the capped count. */
const columns = `c.id, c.number, c.received_at, c.anonymous, c.complainant_name, c.room_label, c.phone, c.category, c.severity,
  c.urgent, c.status, c.content, c.due_at, c.round, s.name AS receiver_name`;
const from = `FROM complaints c JOIN staff s ON s.id = c.receiver_staff_id LEFT JOIN departments d ON d.id = c.target_department_id`;

export function rawListStatement(raw: BetterSqlite3.Database, where: string, options: { cursor?: boolean; pageWhere?: string } = {}) {
  const pageWhere = `${where}${options.pageWhere ?? ''}${options.cursor ? ' AND (c.received_at, c.id) < (?, ?)' : ''}`;
  const page = raw.prepare(`SELECT ${columns} ${from} WHERE ${pageWhere} ORDER BY c.received_at DESC, c.id DESC LIMIT 21`);
  const count = raw.prepare(`SELECT count(*) FROM (SELECT 1 FROM complaints c WHERE ${where} LIMIT ${countCap + 1})`).pluck();
  return { page, count };
}

/** Run both with the same parameters (`pageParams` may add a cursor the count does not take). */
export function runRawList(statement: ReturnType<typeof rawListStatement>, params: unknown[], pageParams: unknown[] = [], countParams = params) {
  return { rows: statement.page.all(...params, ...pageParams), total: statement.count.get(...countParams) };
}
