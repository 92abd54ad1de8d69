/** The pages of imports/'s routes: one chunk, loaded on the first visit to any of them (see importPages.tsx). */
export { ImportPage } from './ImportPage';
