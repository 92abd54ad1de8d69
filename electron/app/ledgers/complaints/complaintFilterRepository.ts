import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema';
import { containing, endingWith, like, startingWith } from '../../db/like';
import type { ComplaintListQuery } from '../../../../shared/domain/complaints/complaintSchemas';
import { handlingClass, lastSatisfaction, timeliness } from './complaintStatisticsRepository';
import { withNames } from './complaintRepository';
import { searchAlternatives } from './complaintSearchRepository';
import { roomLabelStarts, searchedTail } from '../../../../shared/domain/roomPlace';

/** The list narrowed by what a statistics figure counts (the statistics' classes: the same SQL as the figures). */
function statisticsConditions(query: ComplaintListQuery, now: string): Expression<SqlBool>[] {
  const eb = expressionBuilder<Database, 'complaints'>();
  const out: Expression<SqlBool>[] = [];
  if (query.excludeVoided) out.push(eb('complaints.status', '!=', 'voided'));
  if (query.departmentId === 0) out.push(eb('complaints.target_department_id', 'is', null));
  else if (query.departmentId) out.push(eb('complaints.target_department_id', '=', query.departmentId));
  if (query.channel) out.push(eb('complaints.channel', '=', query.channel));
  if (query.validity === 'undetermined') out.push(eb('complaints.validity', 'is', null));
  else if (query.validity) out.push(eb('complaints.validity', '=', query.validity));
  if (query.handling) out.push(sql<SqlBool>`${handlingClass(now)} = ${query.handling}`);
  if (query.timeliness) out.push(sql<SqlBool>`${timeliness(query.timeliness, now)}`);
  if (query.closed === true) out.push(eb('complaints.resolved_at', 'is not', null));
  if (query.closed === false) out.push(eb('complaints.resolved_at', 'is', null));
  if (query.extended) out.push(eb('complaints.extension_count', '>', 0));
  if (query.satisfaction) out.push(sql<SqlBool>`${lastSatisfaction()} = ${query.satisfaction}`);
  if (query.samePhoneAs) {
    out.push(sql<SqlBool>`complaints.phone = (select same.phone from complaints as same where same.id = ${query.samePhoneAs}) and complaints.anonymous = 0`);
  }
  if (query.roomLabel) out.push(eb('complaints.room_label', '=', query.roomLabel));
  return out;
}

/**
 * The list's filters as one condition on `complaints`, for the page (with names joined) and for the count (without).
 * `now` decides what a statistics figure's filter (超期, 处理中) counts.
 */
export function listFilter(query: ComplaintListQuery, now: string): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'complaints'>();
  const conditions: Expression<SqlBool>[] = statisticsConditions(query, now);
  if (query.from) conditions.push(eb('complaints.received_at', '>=', `${query.from}T00:00:00`));
  if (query.to) conditions.push(eb('complaints.received_at', '<=', `${query.to}T23:59:59`));
  if (query.category) conditions.push(eb('complaints.category', '=', query.category));
  if (query.severity) conditions.push(eb('complaints.severity', '=', query.severity));
  if (query.status) conditions.push(eb('complaints.status', '=', query.status));
  if (query.room) {
    // 3-1-1502 finds that room (or the same number kept as 非登记房号); a bare 1502 finds every building's 1502.
    const starts = roomLabelStarts(query.room).map((start) => like('complaints.room_label', startingWith(start)));
    conditions.push(eb.or([...starts, like('complaints.room_label', endingWith(`-${query.room}`))]));
  }
  if (query.q) {
    const pattern = containing(query.q);
    const tail = searchedTail(query.q);
    conditions.push(
      eb.or([
        eb('complaints.number', '=', query.q),
        like('complaints.content', pattern),
        like('complaints.demand', pattern),
        like('complaints.complainant_name', pattern),
        like('complaints.target_description', pattern),
        ...(/^\d{4,}$/.test(query.q) ? [like('complaints.phone', endingWith(query.q))] : []),
        ...searchAlternatives(query.q).also,
        // “1502” or “3-1-1502” finds the room, as the room filter does (a whole room's spellings: searchAlternatives).
        ...(tail.room ? [...roomLabelStarts(query.q).map((start) => like('complaints.room_label', startingWith(start))), like('complaints.room_label', endingWith(`-${query.q}`))] : []),
      ]),
    );
  }
  return eb.and(conditions);
}

export function filtered(db: Kysely<Database>, query: ComplaintListQuery, now: string) {
  return withNames(db).where(listFilter(query, now));
}
