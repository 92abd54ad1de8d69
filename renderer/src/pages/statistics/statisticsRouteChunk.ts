/** The pages of statistics/'s routes: one chunk, loaded on the first visit to any of them (see statisticsPages.tsx). */
export { StatisticsPage } from './StatisticsPage';
