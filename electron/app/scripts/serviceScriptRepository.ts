import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { scriptSituationKeys, type ScriptSituation, type ServiceScript } from '../../../shared/domain/scripts/serviceScripts';

type Row = { id: number; situation: string; title: string; text: string; sort_order: number; active: number };

const toScript = (row: Row): ServiceScript => ({
  id: row.id,
  situation: row.situation as ScriptSituation,
  title: row.title,
  text: row.text,
  sortOrder: row.sort_order,
  active: row.active === 1,
});

/** In panel order: by situation as the panel lists them, then as the supervisor arranged them. */
export async function listScripts(db: Kysely<Database>, includeInactive: boolean): Promise<ServiceScript[]> {
  let select = db.selectFrom('service_scripts').selectAll();
  if (!includeInactive) select = select.where('active', '=', 1);
  const rows = await select.orderBy('sort_order').orderBy('id').execute();
  const rank = (situation: string) => scriptSituationKeys.indexOf(situation as ScriptSituation);
  return rows.sort((a, b) => rank(a.situation) - rank(b.situation)).map(toScript);
}

export async function findScript(db: Kysely<Database>, id: number): Promise<ServiceScript | undefined> {
  const row = await db.selectFrom('service_scripts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toScript(row);
}

export async function situationScripts(db: Kysely<Database>, situation: ScriptSituation): Promise<ServiceScript[]> {
  const rows = await db.selectFrom('service_scripts').selectAll().where('situation', '=', situation).orderBy('sort_order').orderBy('id').execute();
  return rows.map(toScript);
}

export async function insertScript(db: Kysely<Database>, script: Omit<ServiceScript, 'id'>): Promise<number> {
  const row = await db
    .insertInto('service_scripts')
    .values({ situation: script.situation, title: script.title, text: script.text, sort_order: script.sortOrder, active: script.active ? 1 : 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateScript(db: Kysely<Database>, script: ServiceScript): Promise<void> {
  await db
    .updateTable('service_scripts')
    .set({ situation: script.situation, title: script.title, text: script.text, sort_order: script.sortOrder, active: script.active ? 1 : 0 })
    .where('id', '=', script.id)
    .execute();
}
