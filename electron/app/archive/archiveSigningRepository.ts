import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { KeyPair } from './archiveSignature';

/** The office's signing key pair, if one was made. */
export async function findSigningKey(db: Kysely<Database>): Promise<KeyPair | undefined> {
  return db.selectFrom('office_signing_key').select(['public_key as publicKey', 'private_key as privateKey']).where('id', '=', 1).executeTakeFirst();
}

/** Stores the pair unless one is there already (two first exports at once keep the first). */
export async function insertSigningKey(trx: Kysely<Database>, pair: KeyPair, now: string): Promise<void> {
  await trx
    .insertInto('office_signing_key')
    .values({ id: 1, public_key: pair.publicKey, private_key: pair.privateKey, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The last row of the history chain: where it stands now (id 0, hash '' before the first row). */
export async function chainHead(db: Kysely<Database>): Promise<{ id: number; hash: string }> {
  const row = await db.selectFrom('record_history').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? { id: row.id, hash: row.hash ?? '' } : { id: 0, hash: '' };
}

/** The first chain row written on or after `at`, if any. */
export async function firstChainRowSince(db: Kysely<Database>, at: string): Promise<number | undefined> {
  const row = await db.selectFrom('record_history').select((eb) => eb.fn.min('id').as('id')).where('at', '>=', at).executeTakeFirst();
  return row?.id ?? undefined;
}

/** The first `limit` links of the chain after `afterId` up to `toId`: which record's row each is, and the hashes. */
export async function chainLinks(db: Kysely<Database>, afterId: number, toId: number, limit: number) {
  const rows = await db
    .selectFrom('record_history')
    .select(['id', 'entity', 'entity_id as entityId', 'prev_hash as prevHash', 'hash'])
    .where('id', '>', afterId)
    .where('id', '<=', toId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, prevHash: row.prevHash ?? '', hash: row.hash ?? '' }));
}

/** Where the chain ended in the latest archive the office made of a period before `periodFrom`. */
export async function lastExportBefore(db: Kysely<Database>, periodFrom: string): Promise<number | undefined> {
  const row = await db.selectFrom('archive_exports').select((eb) => eb.fn.max('chain_end_id').as('id')).where('period_to', '<', periodFrom).executeTakeFirst();
  return row?.id ?? undefined;
}

export async function insertArchiveExport(trx: Kysely<Database>, row: { period_from: string; period_to: string; chain_end_id: number; chain_end_hash: string; exported_at: string }) {
  await trx.insertInto('archive_exports').values(row).execute();
}
