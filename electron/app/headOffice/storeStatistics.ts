import type { HeadOfficeStatistics } from '../../../shared/domain/headOffice/headOffice';
import type { HeadOfficeStore } from '../db/headOfficeStore/store';
import { storeOffices, storeStatisticsMonths, storeStatisticsOfMonth } from '../db/headOfficeStore/headOfficeStoreRepository';
import { sideBySide } from './headOfficeStatistics';

/** One month's figures of every office in head office's store side by side (null where an office has none). */
export async function storeHeadOfficeStatistics(store: HeadOfficeStore, month: string | undefined): Promise<HeadOfficeStatistics> {
  const months = await storeStatisticsMonths(store.db);
  const chosen = month ?? months[0] ?? null;
  return sideBySide(chosen, months, await storeOffices(store.db), chosen ? await storeStatisticsOfMonth(store.db, chosen) : []);
}
