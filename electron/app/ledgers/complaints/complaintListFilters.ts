import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { ComplaintListQuery } from '../../../../shared/domain/complaintSchemas';
import { handlingClass, lastSatisfaction, timeliness } from './complaintClasses';

/** The list narrowed by what a statistics figure counts (see complaintClasses.ts: the same SQL as the figures). */
export function withStatisticsFilters<O>(
  select: SelectQueryBuilder<Database & { receiver: Database['staff']; target: Database['departments'] }, 'complaints' | 'receiver' | 'target', O>,
  query: ComplaintListQuery,
  now: string,
) {
  let out = select;
  if (query.excludeVoided) out = out.where('complaints.status', '!=', 'voided');
  if (query.departmentId === 0) out = out.where('complaints.target_department_id', 'is', null);
  else if (query.departmentId) out = out.where('complaints.target_department_id', '=', query.departmentId);
  if (query.channel) out = out.where('complaints.channel', '=', query.channel);
  if (query.validity === 'undetermined') out = out.where('complaints.validity', 'is', null);
  else if (query.validity) out = out.where('complaints.validity', '=', query.validity);
  if (query.handling) out = out.where(sql<boolean>`${handlingClass(now)} = ${query.handling}`);
  if (query.timeliness) out = out.where(timeliness(query.timeliness, now));
  if (query.closed === true) out = out.where('complaints.resolved_at', 'is not', null);
  if (query.closed === false) out = out.where('complaints.resolved_at', 'is', null);
  if (query.extended) out = out.where('complaints.extension_count', '>', 0);
  if (query.satisfaction) out = out.where(sql<boolean>`${lastSatisfaction()} = ${query.satisfaction}`);
  if (query.samePhoneAs) {
    out = out.where(sql<boolean>`complaints.phone = (select same.phone from complaints as same where same.id = ${query.samePhoneAs}) and complaints.anonymous = 0`);
  }
  if (query.roomLabel) out = out.where('complaints.room_label', '=', query.roomLabel);
  return out;
}
