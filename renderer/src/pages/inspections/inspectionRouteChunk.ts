/** The pages of inspections/'s routes: one chunk, loaded on the first visit to any of them (see inspectionPages.tsx). */
export { InspectionDetailPage } from './InspectionDetailPage';
export { InspectionListPage } from './InspectionListPage';
