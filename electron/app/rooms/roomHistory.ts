import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { RoomHistoryItem } from '../../../shared/domain/roomHistory';
import { complaintRoomHistory } from '../ledgers/complaints/complaintRoomHistory';
import { repairRoomHistory } from '../ledgers/repairs/repairRoomHistory';
import { callRoomHistory } from '../ledgers/calls/callRoomHistory';
import { inspectionRoomHistory } from '../ledgers/inspections/inspectionRoomHistory';
import { revisitRoomHistory } from '../ledgers/revisits/revisitRoomHistory';
import { lossDeclarationRoomHistory } from '../ledgers/lossDeclarations/lossDeclarationRoomHistory';

/** Each ledger declares how it lists a room's records; a new ledger joins by adding its source here. */
export type RoomHistorySource = (db: Kysely<Database>, roomId: number) => Promise<RoomHistoryItem[]>;

export const roomHistorySources: readonly RoomHistorySource[] = [
  complaintRoomHistory,
  repairRoomHistory,
  callRoomHistory,
  inspectionRoomHistory,
  revisitRoomHistory,
  lossDeclarationRoomHistory,
];

/** Everything that happened in a room, newest first. */
export async function roomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const lists = await Promise.all(roomHistorySources.map((source) => source(db, roomId)));
  return lists.flat().sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
}
