import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import type { AppContext } from '../context';
import { findRoomById } from '../office/officeRepository';
import { roomIdsOfOwners } from './roomRepository';
import { DomainError } from '../../../shared/contract/errors';
import { maskPhone } from '../../../shared/domain/masking';
import type { Room } from '../../../shared/domain/office/officeRecords';
import type { ownerLookupInput, roomHistoryInput, RoomPage, RoomSummary } from '../../../shared/domain/office/roomPage';

/** A room as a list or a history page shows it: owners' phones masked. */
export function roomSummary(room: Room): RoomSummary {
  return {
    id: room.id,
    label: room.label,
    note: room.note,
    owners: room.owners.map((owner) => ({ name: owner.name, phoneMasked: maskPhone(owner.phone) })),
  };
}

/** 房屋档案: the room, one page of its history (all ledgers or one kind) and its counts by kind. */
export async function roomPage(ctx: AppContext, input: z.output<typeof roomHistoryInput>): Promise<RoomPage> {
  const { db } = ctx;
  const room = await findRoomById(db, input.id);
  if (!room) throw new DomainError('not_found', '该房屋不存在');
  const { items, next } = await ctx.ledgers.roomHistory.page(db, input.id, input);
  return { room: roomSummary(room), items, next, counts: await ctx.ledgers.roomHistory.counts(db, input.id) };
}

/**
 * The rooms of an owner found by name (any part) or phone (the whole number or its last 4 or more digits),
 * answered with masked phones: who is asking may not read the numbers out.
 */
export async function findRoomsByOwner(db: Kysely<Database>, input: z.output<typeof ownerLookupInput>): Promise<RoomSummary[]> {
  const q = input.q.replace(/[\s-]/g, '');
  const byPhone = /^\d{4,}$/.test(q);
  const roomIds = await roomIdsOfOwners(db, byPhone ? { phoneEnd: q } : { name: input.q }, input.limit);
  const rooms = await Promise.all(roomIds.map((id) => findRoomById(db, id)));
  return rooms.filter((room): room is Room => room !== undefined).map(roomSummary);
}
