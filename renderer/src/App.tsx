import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { AuthGate } from './auth/AuthGate';
import { useAuthStatus } from './auth/authStatus';
import { HeadOfficeRoutes } from './pages/headOffice/HeadOfficeRoutes';
import { DeskPage } from './pages/desk/DeskPage';
import { ComplaintListPage } from './pages/complaints/ComplaintListPage';
import { ComplaintFormPage } from './pages/complaints/ComplaintFormPage';
import { ComplaintDetailPage } from './pages/complaints/ComplaintDetailPage';
import { WorkOrdersPage } from './pages/workOrders/WorkOrdersPage';
import { RoomsPage } from './pages/rooms/RoomsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RepairListPage } from './pages/repairs/RepairListPage';
import { RepairFormPage } from './pages/repairs/RepairFormPage';
import { RepairDetailPage } from './pages/repairs/RepairDetailPage';
import { CallsPage } from './pages/calls/CallsPage';
import { CallLinkPage } from './pages/calls/CallLinkPage';
import { InspectionListPage } from './pages/inspections/InspectionListPage';
import { InspectionDetailPage } from './pages/inspections/InspectionDetailPage';
import { RoomHistoryPage } from './pages/rooms/RoomHistoryPage';
import { RevisitQueuePage } from './pages/revisits/RevisitQueuePage';
import { RevisitDetailPage } from './pages/revisits/RevisitDetailPage';
import { LossDeclarationListPage } from './pages/lossDeclarations/LossDeclarationListPage';
import { LossDeclarationFormPage } from './pages/lossDeclarations/LossDeclarationFormPage';
import { LossDeclarationDetailPage } from './pages/lossDeclarations/LossDeclarationDetailPage';
import { ArchivePage } from './pages/archive/ArchivePage';
import { StatisticsPage } from './pages/statistics/StatisticsPage';

export function App() {
  return (
    <AuthGate>
      <FolderRoutes />
    </AuthGate>
  );
}

/** A head-office data folder gets its own shell; an office's folder (or a fresh one) the front desk's. */
function FolderRoutes() {
  const folderKind = useAuthStatus().data?.folderKind ?? null;
  if (folderKind === 'headOffice') return <HeadOfficeRoutes />;
  return <OfficeRoutes />;
}

function OfficeRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/desk" replace />} />
        <Route path="desk" element={<DeskPage />} />
        <Route path="complaints" element={<ComplaintListPage />} />
        <Route path="complaints/new" element={<ComplaintFormPage />} />
        <Route path="complaints/:id" element={<ComplaintDetailPage />} />
        <Route path="work-orders" element={<WorkOrdersPage />} />
        <Route path="rooms" element={<RoomsPage />} />
        <Route path="archive" element={<ArchivePage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="repairs" element={<RepairListPage />} />
        <Route path="repairs/new" element={<RepairFormPage />} />
        <Route path="repairs/:id" element={<RepairDetailPage />} />
        <Route path="calls" element={<CallsPage />} />
        <Route path="calls/:id" element={<CallLinkPage />} />
        <Route path="inspections" element={<InspectionListPage />} />
        <Route path="inspections/:id" element={<InspectionDetailPage />} />
        <Route path="rooms/:id" element={<RoomHistoryPage />} />
        <Route path="revisits" element={<RevisitQueuePage />} />
        <Route path="revisits/:id" element={<RevisitDetailPage />} />
        <Route path="loss-declarations" element={<LossDeclarationListPage />} />
        <Route path="loss-declarations/new" element={<LossDeclarationFormPage />} />
        <Route path="loss-declarations/:id" element={<LossDeclarationDetailPage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
