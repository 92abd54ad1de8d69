/** The pages of complaints/'s routes: one chunk, loaded on the first visit to any of them (see complaintPages.tsx). */
export { ComplaintDetailPage } from './ComplaintDetailPage';
export { ComplaintFormPage } from './ComplaintFormPage';
export { ComplaintListPage } from './ComplaintListPage';
