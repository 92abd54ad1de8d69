import type { App } from '../../electron/app/openApp';
import type { AnyLedger } from '../../electron/app/ledgers/ledger';
import { ledgerRegistry } from '../../electron/app/ledgers/ledgerRegistry';
import type { RoomHistorySource } from '../../electron/app/rooms/roomHistorySource';

/**
 * Runs the open app on another ledger list (a stand-in ledger beside the shipped ones, or one ledger's piece
 * replaced) until the returned undo: every registry is derived anew from the list, as at start.
 */
export function useLedgers(app: App, edit: (ledgers: readonly AnyLedger[]) => readonly AnyLedger[]): () => void {
  const before = app.ctx.ledgers;
  app.ctx.ledgers = ledgerRegistry(edit(before.list));
  return () => {
    app.ctx.ledgers = before;
  };
}

/** A ledger that is only a room history source (no channels, no numbers), for tests of the merged history. */
export function roomHistoryOnly(name: string, source: RoomHistorySource<never>): AnyLedger {
  return { name, label: name, numbering: [], channels: {}, handlers: () => ({}), roomHistory: source };
}
