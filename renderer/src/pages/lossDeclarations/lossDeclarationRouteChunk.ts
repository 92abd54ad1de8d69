/** The pages of lossDeclarations/'s routes: one chunk, loaded on the first visit to any of them (see lossDeclarationPages.tsx). */
export { LossDeclarationDetailPage } from './LossDeclarationDetailPage';
export { LossDeclarationFormPage } from './LossDeclarationFormPage';
export { LossDeclarationListPage } from './LossDeclarationListPage';
