import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema';
import type { ComplaintListQuery } from '../../../../shared/domain/complaints/complaintSchemas';
import { handlingClass, lastSatisfaction, timeliness } from './complaintClasses';

/** The list narrowed by what a statistics figure counts (see complaintClasses.ts: the same SQL as the figures). */
export function statisticsConditions(query: ComplaintListQuery, now: string): Expression<SqlBool>[] {
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
