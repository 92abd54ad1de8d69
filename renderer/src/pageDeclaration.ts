import type { ReactElement } from 'react';
import type { RoomHistoryKind } from '../../shared/domain/roomHistory';

/** A page inside the office's shell: its path as App nests it under the shell (no leading slash). */
export interface PageRoute {
  path: string;
  element: ReactElement;
}

/** An entry of the office's side menu: `key` is the address it opens, `order` its place among every folder's. */
export interface NavEntry {
  key: string;
  icon: ReactElement;
  label: string;
  order: number;
}

/** How the room's history page (房屋档案) shows a ledger's records: which kind, where a record opens, its tag. */
export interface RoomHistoryEntry {
  kind: RoomHistoryKind;
  recordPath: (id: number) => string;
  tagColor: string;
}

/**
 * What a page folder (renderer/src/pages/<folder>/) adds to the office's app, declared once in its declaration
 * module (e.g. complaints/complaintPages.tsx) and joined to the others by one line in pageList.ts.
 */
export interface PageDeclaration {
  routes: readonly PageRoute[];
  nav: readonly NavEntry[];
  /** Only for the ledgers a room's history lists. */
  roomHistory?: RoomHistoryEntry;
}
