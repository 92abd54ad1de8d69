/** The pages of desk/'s routes: one chunk, loaded on the first visit to any of them (see deskPages.tsx). */
export { DeskPage } from './DeskPage';
