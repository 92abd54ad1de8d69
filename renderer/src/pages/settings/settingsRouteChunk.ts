/** The pages of settings/'s routes: one chunk, loaded on the first visit to any of them (see settingsPages.tsx). */
export { SettingsPage } from './SettingsPage';
