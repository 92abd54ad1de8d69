import type { StatLink } from '../../../../shared/domain/statistics/statistics';

/** Where each ledger's list lives; the filter goes into the address, which the list reads as its own. */
const listPaths: Record<StatLink['ledger'], string> = {
  complaints: '/complaints',
  workOrders: '/work-orders',
  repairs: '/repairs',
  lossDeclarations: '/loss-declarations',
};

export function statLinkPath(link: StatLink): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(link.filter)) search.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  return `${listPaths[link.ledger]}?${search.toString()}`;
}
