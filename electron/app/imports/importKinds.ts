import { DomainError } from '../../../shared/contract/errors';
import type { ImportKindInfo } from '../../../shared/domain/imports/dataImport';
import type { AppContext } from '../context';
import { roomImportKind } from '../rooms/roomImport';
import type { AnyImportKind, ImportColumns } from './importKind';

/** What can be imported, rooms first (the ledgers' rows name rooms): the rooms, then each ledger's own kinds. */
export function importKinds(ctx: AppContext): AnyImportKind[] {
  return [roomImportKind, ...ctx.ledgers.list.flatMap((ledger) => ledger.imports ?? [])];
}

export function importKind(ctx: AppContext, kind: string): AnyImportKind {
  const found = importKinds(ctx).find((candidate) => candidate.kind === kind);
  if (!found) throw new DomainError('not_found', '没有这类可导入的台账');
  return found;
}

export function kindInfo(kind: AnyImportKind): ImportKindInfo {
  return {
    kind: kind.kind,
    label: kind.label,
    fields: Object.entries(kind.columns as ImportColumns).map(([key, column]) => ({ key, label: column.label, required: column.required, whenEmpty: column.whenEmpty, hint: column.hint })),
  };
}
