/** The pages of paperForms/'s routes: one chunk, loaded on the first visit to any of them (see paperFormPages.tsx). */
export { PaperFormsPage } from './PaperFormsPage';
