import type { PageDeclaration } from './pageDeclaration';
import { deskPages } from './pages/desk/deskPages';
import { complaintPages } from './pages/complaints/complaintPages';
import { workOrderPages } from './pages/workOrders/workOrderPages';
import { repairPages } from './pages/repairs/repairPages';
import { callPages } from './pages/calls/callPages';
import { revisitPages } from './pages/revisits/revisitPages';
import { roomPages } from './pages/rooms/roomPages';
import { inspectionPages } from './pages/inspections/inspectionPages';
import { lossDeclarationPages } from './pages/lossDeclarations/lossDeclarationPages';
import { paperFormPages } from './pages/paperForms/paperFormPages';
import { archivePages } from './pages/archive/archivePages';
import { statisticsPages } from './pages/statistics/statisticsPages';
import { settingsPages } from './pages/settings/settingsPages';
import { importPages } from './pages/imports/importPages';

/**
 * Every page folder of the office's app, in menu order: App's routes, the shell's menu and the room page's links
 * and tags are read from here, so a new ledger's pages are its folder and one line. Head office keeps its own
 * routes (pages/headOffice/HeadOfficeRoutes.tsx).
 */
export const pageList = [
  deskPages,
  complaintPages,
  workOrderPages,
  repairPages,
  callPages,
  revisitPages,
  roomPages,
  inspectionPages,
  lossDeclarationPages,
  paperFormPages,
  archivePages,
  statisticsPages,
  importPages,
  settingsPages,
] as const satisfies readonly PageDeclaration[];
