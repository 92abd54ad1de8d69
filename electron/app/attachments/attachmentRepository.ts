import type { Insertable, Kysely } from 'kysely';
import type { AttachmentTable, Database } from '../db/schema';

/** The id of the stored file's row, made when its content is new (the same content is one row). */
export async function attachmentId(db: Kysely<Database>, row: Insertable<AttachmentTable>): Promise<number> {
  await db.insertInto('attachments').values(row).onConflict((oc) => oc.column('sha256').doNothing()).execute();
  return (await db.selectFrom('attachments').select('id').where('sha256', '=', row.sha256).executeTakeFirstOrThrow()).id;
}
