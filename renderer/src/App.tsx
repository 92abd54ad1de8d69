import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { AuthGate } from './auth/AuthGate';
import { DeskPage } from './pages/desk/DeskPage';
import { ComplaintListPage } from './pages/complaints/ComplaintListPage';
import { ComplaintFormPage } from './pages/complaints/ComplaintFormPage';
import { ComplaintDetailPage } from './pages/complaints/ComplaintDetailPage';
import { WorkOrdersPage } from './pages/workOrders/WorkOrdersPage';
import { RoomsPage } from './pages/rooms/RoomsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StatisticsPage } from './pages/statistics/StatisticsPage';

export function App() {
  return (
    <AuthGate>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Navigate to="/desk" replace />} />
          <Route path="desk" element={<DeskPage />} />
          <Route path="complaints" element={<ComplaintListPage />} />
          <Route path="complaints/new" element={<ComplaintFormPage />} />
          <Route path="complaints/:id" element={<ComplaintDetailPage />} />
          <Route path="work-orders" element={<WorkOrdersPage />} />
          <Route path="rooms" element={<RoomsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="statistics" element={<StatisticsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AuthGate>
  );
}
