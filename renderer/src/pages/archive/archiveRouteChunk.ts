/** The pages of archive/'s routes: one chunk, loaded on the first visit to any of them (see archivePages.tsx). */
export { ArchivePage } from './ArchivePage';
