/** The pages of revisits/'s routes: one chunk, loaded on the first visit to any of them (see revisitPages.tsx). */
export { RevisitDetailPage } from './RevisitDetailPage';
export { RevisitQueuePage } from './RevisitQueuePage';
