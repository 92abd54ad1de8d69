import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { ComplaintListPage } from './pages/complaints/ComplaintListPage';
import { ComplaintFormPage } from './pages/complaints/ComplaintFormPage';
import { ComplaintDetailPage } from './pages/complaints/ComplaintDetailPage';
import { RoomsPage } from './pages/rooms/RoomsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/complaints" replace />} />
        <Route path="complaints" element={<ComplaintListPage />} />
        <Route path="complaints/new" element={<ComplaintFormPage />} />
        <Route path="complaints/:id" element={<ComplaintDetailPage />} />
        <Route path="rooms" element={<RoomsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
