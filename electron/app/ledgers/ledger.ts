import type { z } from 'zod';
import type { ChannelGroup } from '../../../shared/contract/channel';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import type { Feature, HandlersOf } from '../modules/feature';
import type { RoomHistorySource } from '../rooms/roomHistorySource';
import type { ArchiveLedger } from '../archive/archiveLedger';
import type { ListExport } from '../exports/listExport';
import type { PrintedFormDeclaration } from '../forms/printedForm';
import type { RevisitSubject } from './revisits/revisitSubject';
import type { StatisticsSection } from '../statistics/sections';
import type { AnyImportKind } from '../imports/importKind';
import type { WorkingDeadlines } from '../calendar/calendarChange';

/**
 * One ledger, declared once: its channels and handlers (as every feature), and each place the rest of the app
 * meets it. Every registry (room history, archives, list exports, forms, revisits, statistics, record numbers,
 * the bench office) is derived from the list of these in modules.ts; the ledger's folder holds all it names.
 */
export interface Ledger<G extends ChannelGroup = ChannelGroup, E extends keyof G = never> extends Omit<Feature<G>, 'handlers'> {
  /** Every channel's handler but the list exports', which are made from their declarations. */
  handlers(app: Parameters<Feature<G>['handlers']>[0]): HandlersOf<Omit<G, E>>;
  /** What the office calls it: 投诉. */
  label: string;
  /** The numbered records it keeps, its own first: prefix (TS) and history entity (complaint). */
  numbering: readonly RecordNumbering[];
  /** Its records on a room's history page. */
  roomHistory?: RoomHistorySource<never>;
  /** Its file, sheet and prints in the monthly archive. */
  archive?: ArchiveLedger;
  /** Its lists exported to Excel, keyed by the channel each answers (its handler is made from the declaration). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each export's rows are its own
  listExports?: { [K in E]: ListExport<z.output<G[K]['input']> & { fullData: boolean }, any> };
  /** The forms it prints, each rendered as bytes for archives and checks. */
  forms?: readonly PrintedFormDeclaration[];
  /** Its records, when finished, are revisited by the revisit ledger. */
  revisitSubject?: RevisitSubject;
  /** Its section of the monthly statistics report. */
  statistics?: StatisticsSection;
  /** Its records brought in from an office's old Excel or CSV ledger. */
  imports?: readonly AnyImportKind[];
  /** Its open deadlines counted in working days, counted again when the working calendar changes. */
  workingDeadlines?: WorkingDeadlines;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each ledger's handlers are typed by its own channels
export type AnyLedger = Ledger<any, any>;

export function defineLedger<G extends ChannelGroup, E extends keyof G = never>(ledger: Ledger<G, E>): Ledger<G, E> {
  return ledger;
}
