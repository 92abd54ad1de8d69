import { sql, type Kysely } from 'kysely';
import { preparedRead } from '../../db/preparedRead';
import type { Database } from '../../db/schema';
import { lossDeskWarningDays, type LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { LossDeskItem } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { addDays } from '../../../../shared/domain/officeDate';

/** 今日待办: declarations still 挂失中 whose period ends within 3 days, or has ended and awaits its outcome. */
const due = preparedRead((db, params: { until: string }) =>
  db
    .selectFrom('loss_declarations')
    .select(['id', 'number', 'customer_name', 'room_label', 'document_type', 'period_ends_on', 'stub_found_at'])
    .where('status', '=', 'reported')
    .where('period_ends_on', '<=', params.until)
    .orderBy('period_ends_on')
    .orderBy('id')
    .limit(sql.lit(50)),
);

export async function lossDeclarationsDue(db: Kysely<Database>, now: string): Promise<LossDeskItem[]> {
  const today = now.slice(0, 10);
  const rows = await due(db, { until: addDays(today, lossDeskWarningDays) });
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    customerName: row.customer_name,
    roomLabel: row.room_label,
    documentType: row.document_type as LostDocumentType,
    periodEndsOn: row.period_ends_on,
    ended: row.period_ends_on < today,
    stubFound: row.stub_found_at !== null,
  }));
}
