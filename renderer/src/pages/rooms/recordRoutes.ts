import type { RoomHistoryKind } from '../../../../shared/domain/roomHistory';
import type { RoomHistoryEntry } from '../../pageDeclaration';
import { pageList } from '../../pageList';

type DeclaredKind = Extract<(typeof pageList)[number], { roomHistory: RoomHistoryEntry }>['roomHistory']['kind'];
/** A kind no folder declares would leave its rows on the room page without a link or a tag: it is named here. */
type NoneUndeclared<Undeclared extends never> = Undeclared;
export type EveryKindDeclared = NoneUndeclared<Exclude<RoomHistoryKind, DeclaredKind>>;

let entries: ReadonlyMap<RoomHistoryKind, RoomHistoryEntry> | undefined;

/** Read on first use, not at load: pageList imports this folder, so it is still loading while this module is. */
function entry(kind: RoomHistoryKind): RoomHistoryEntry {
  if (!entries) {
    const declared: RoomHistoryEntry[] = pageList.flatMap((pages) => ('roomHistory' in pages ? [pages.roomHistory] : []));
    entries = new Map(declared.map((one) => [one.kind, one]));
  }
  const found = entries.get(kind);
  if (!found) throw new Error(`no page folder declares the room history kind ${kind}`);
  return found;
}

/** Where each ledger's record page lives, as its folder declares it: the room page links through this. */
export const recordPath = (kind: RoomHistoryKind, id: number): string => entry(kind).recordPath(id);

/** The colour of each ledger's tag on the room page. */
export const recordTagColor = (kind: RoomHistoryKind): string => entry(kind).tagColor;
