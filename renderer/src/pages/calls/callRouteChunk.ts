/** The pages of calls/'s routes: one chunk, loaded on the first visit to any of them (see callPages.tsx). */
export { CallLinkPage } from './CallLinkPage';
export { CallsPage } from './CallsPage';
