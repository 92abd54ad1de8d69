/** The pages of workOrders/'s routes: one chunk, loaded on the first visit to any of them (see workOrderPages.tsx). */
export { WorkOrdersPage } from './WorkOrdersPage';
