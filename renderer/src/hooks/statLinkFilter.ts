import { repairCategoryKeys, repairStatusKeys, type RepairCategory, type RepairStatus } from '../../../shared/domain/repairs/repair';
import { lossDeclarationStatusKeys, lossOutcomeKeys, type LossDeclarationStatus, type LossOutcome } from '../../../shared/domain/lossDeclarations/lossDeclaration';

/** Reads back what statLinkPath (pages/statistics) wrote into the address: the list shows exactly the records a figure counts. */
function reader(search: URLSearchParams) {
  const text = (key: string) => search.get(key) || null;
  const oneOf = <T extends string>(key: string, keys: readonly T[]) => (keys as readonly string[]).includes(search.get(key) ?? '') ? (search.get(key) as T) : null;
  const flag = (key: string) => (search.get(key) === '1' ? true : null);
  const count = (key: string) => (/^\d+$/.test(search.get(key) ?? '') ? Number(search.get(key)) : null);
  return { text, oneOf, flag, count };
}

const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

export function repairStatFilter(search: URLSearchParams) {
  const read = reader(search);
  return {
    from: date(read.text('from')),
    to: date(read.text('to')),
    status: read.oneOf<RepairStatus>('status', repairStatusKeys),
    category: read.oneOf<RepairCategory>('category', repairCategoryKeys),
    departmentId: read.count('departmentId'),
    excludeVoided: read.flag('excludeVoided'),
    arrived: read.oneOf('arrived', ['any', 'onTime', 'late'] as const),
    completed: read.flag('completed'),
  };
}

export function lossStatFilter(search: URLSearchParams) {
  const read = reader(search);
  return {
    from: date(read.text('from')),
    to: date(read.text('to')),
    status: read.oneOf<LossDeclarationStatus>('status', lossDeclarationStatusKeys),
    outcome: read.oneOf<LossOutcome>('outcome', lossOutcomeKeys),
    excludeVoided: read.flag('excludeVoided'),
  };
}
