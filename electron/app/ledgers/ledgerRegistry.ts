import { DomainError } from '../../../shared/contract/errors';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import type { ArchiveLedger } from '../archive/archiveLedger';
import type { PrintedFormDeclaration } from '../forms/printedForm';
import { createRoomHistory, type RoomHistory } from '../rooms/roomHistory';
import type { StatisticsSection } from '../statistics/sections';
import type { Ledger } from './ledger';
import type { RevisitSubject } from './revisits/revisitSubject';
import type { WorkingDeadlines } from '../calendar/calendarChange';

/** Every registry of the app, derived from its one list of ledgers. */
export interface LedgerRegistry {
  list: readonly Ledger[];
  numbering: readonly RecordNumbering[];
  roomHistory: RoomHistory;
  archives: readonly ArchiveLedger[];
  archive(name: string): ArchiveLedger | undefined;
  forms: readonly PrintedFormDeclaration[];
  revisitSubjects: readonly RevisitSubject[];
  /** The subject of a revisit's kind; refused with a Chinese message for a kind no ledger revisits. */
  revisitSubject(kind: string): RevisitSubject;
  statistics: readonly StatisticsSection[];
  workingDeadlines: readonly WorkingDeadlines[];
}

/** Names, prefixes, entities, kinds and files each belong to one ledger: a second claim is refused at start. */
function unique<T>(what: string, items: readonly T[], key: (item: T) => string): readonly T[] {
  const seen = new Set<string>();
  for (const item of items) {
    const name = key(item);
    if (seen.has(name)) throw new Error(`ledger list: ${what} ${name} is declared twice`);
    seen.add(name);
  }
  return items;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each ledger's handlers are typed by its own channels
export function ledgerRegistry(ledgers: readonly Ledger<any>[]): LedgerRegistry {
  unique('ledger', ledgers, (ledger) => ledger.name);
  const numbering = ledgers.flatMap((ledger) => ledger.numbering);
  unique('record prefix', numbering, (kind) => kind.prefix);
  unique('history entity', numbering, (kind) => kind.entity);
  // Two sources may show the same kind: the room page counts them together.
  const sources = ledgers.flatMap((ledger) => (ledger.roomHistory ? [ledger.roomHistory] : []));
  const archives = unique('archive file', ledgers.flatMap((ledger) => (ledger.archive ? [ledger.archive] : [])), (archive) => archive.name);
  const forms = unique('form', ledgers.flatMap((ledger) => ledger.forms ?? []), (form) => form.form);
  const subjects = unique('revisit subject', ledgers.flatMap((ledger) => (ledger.revisitSubject ? [ledger.revisitSubject] : [])), (subject) => subject.kind);
  const statistics = unique('statistics section', ledgers.flatMap((ledger) => (ledger.statistics ? [ledger.statistics] : [])), (section) => section.key);
  return {
    list: ledgers,
    numbering,
    roomHistory: createRoomHistory(sources),
    archives,
    archive: (name) => archives.find((archive) => archive.name === name),
    forms,
    revisitSubjects: subjects,
    revisitSubject(kind) {
      const subject = subjects.find((candidate) => candidate.kind === kind);
      if (!subject) throw new DomainError('rule', '暂不支持该类记录的回访');
      return subject;
    },
    statistics,
    workingDeadlines: ledgers.flatMap((ledger) => (ledger.workingDeadlines ? [ledger.workingDeadlines] : [])),
  };
}
