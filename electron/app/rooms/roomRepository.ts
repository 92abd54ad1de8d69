import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { containing, endingWith, like } from '../db/like';

/** The rooms (ids, in order) with an owner whose phone ends with `phoneEnd` or whose name contains `name`. */
export async function roomIdsOfOwners(db: Kysely<Database>, match: { phoneEnd: string } | { name: string }, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('owners')
    .select('room_id')
    .distinct()
    .where('phoneEnd' in match ? like('owners.phone', endingWith(match.phoneEnd)) : like('owners.name', containing(match.name)))
    .orderBy('room_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.room_id);
}
