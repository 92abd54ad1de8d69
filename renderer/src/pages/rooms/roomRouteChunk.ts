/** The pages of rooms/'s routes: one chunk, loaded on the first visit to any of them (see roomPages.tsx). */
export { RoomHistoryPage } from './RoomHistoryPage';
export { RoomsPage } from './RoomsPage';
