/** The pages of repairs/'s routes: one chunk, loaded on the first visit to any of them (see repairPages.tsx). */
export { RepairDetailPage } from './RepairDetailPage';
export { RepairFormPage } from './RepairFormPage';
export { RepairListPage } from './RepairListPage';
