import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { keyFingerprint, newKeyPair, type KeyPair } from './archiveSignature';
import { findSigningKey, insertSigningKey } from './archiveSigningRepository';

/**
 * The office's own key pair, made once (at the first start of an office's folder, or at its first archive if the
 * folder is older) and never shown: only its fingerprint is, for head office to check by phone.
 */
export async function createSigningKey(trx: Kysely<Database>, now: string): Promise<void> {
  if (!(await findSigningKey(trx))) await insertSigningKey(trx, newKeyPair(), now);
}

export function officeSigningKey(db: Kysely<Database>): Promise<KeyPair | undefined> {
  return findSigningKey(db);
}

export async function signingKeyFingerprint(db: Kysely<Database>): Promise<string | null> {
  const held = await findSigningKey(db);
  return held ? keyFingerprint(held.publicKey) : null;
}
