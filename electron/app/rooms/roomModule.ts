import { defineFeature } from '../modules/feature';
import { roomContract } from '../../../shared/domain/office/roomContract';
import * as office from '../office/officeService';
import { listBuildings } from '../office/officeRepository';
import { findRoomsByOwner, roomPage } from './roomService';

/** Rooms and owners, and a room's history across the ledgers. */
export const roomModule = defineFeature({
  name: 'rooms',
  channels: roomContract,
  handlers: () => ({
    'rooms.buildings': (_input, _actor, ctx) => listBuildings(ctx.db),
    'rooms.list': (input, _actor, ctx) => office.listRooms(ctx.db, input),
    'rooms.lookup': (input, _actor, ctx) => office.lookupRooms(ctx.db, input),
    'rooms.save': (input, actor, ctx) => office.saveRoom(ctx.db, actor, ctx.clock.now(), input),
    'rooms.history': (input, _actor, ctx) => roomPage(ctx, input),
    'rooms.findByOwner': (input, _actor, ctx) => findRoomsByOwner(ctx.db, input),
  }),
});
