import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DataFolderKind } from '../../../shared/domain/dataFolder';

/** What this data folder is, or null while it is fresh (nobody has set it up yet): its one row (id 1) says. */
export async function dataFolderKind(db: Kysely<Database>): Promise<DataFolderKind | null> {
  return (await db.selectFrom('data_folder').select('kind').where('id', '=', 1).executeTakeFirst())?.kind ?? null;
}

export async function insertDataFolderKind(trx: Kysely<Database>, kind: DataFolderKind, now: string): Promise<void> {
  await trx.insertInto('data_folder').values({ id: 1, kind, decided_at: now }).execute();
}
