import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { lossDeskWarningDays, type LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { LossDeskItem } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { addDays } from '../../../../shared/domain/officeDate';
import { dueLossDeclarations } from './lossDeclarationListRepository';

/** 今日待办: declarations still 挂失中 whose period ends within 3 days, or has ended and awaits its outcome. */
export async function lossDeclarationsDue(db: Kysely<Database>, now: string): Promise<LossDeskItem[]> {
  const today = now.slice(0, 10);
  const rows = await dueLossDeclarations(db, { until: addDays(today, lossDeskWarningDays) });
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
