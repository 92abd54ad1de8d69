import { Navigate, Route, Routes } from 'react-router-dom';
import { HeadOfficeShell } from './HeadOfficeShell';
import { HeadOfficePage } from './HeadOfficePage';
import { HeadOfficeRecordPage } from './HeadOfficeRecordPage';
import { HeadOfficeStatisticsPage } from './HeadOfficeStatisticsPage';
import { HeadOfficeImportPage } from './HeadOfficeImportPage';
import { HeadOfficeSettingsPage } from './HeadOfficeSettingsPage';

/** Head office's pages; any other address (the desk a sign-in opens, an office link) lands on the records. */
export function HeadOfficeRoutes() {
  return (
    <Routes>
      <Route element={<HeadOfficeShell />}>
        <Route path="head-office" element={<HeadOfficePage />} />
        <Route path="head-office/records/:officeCode/:ledger/:recordKey" element={<HeadOfficeRecordPage />} />
        <Route path="head-office/statistics" element={<HeadOfficeStatisticsPage />} />
        <Route path="head-office/import" element={<HeadOfficeImportPage />} />
        <Route path="head-office/settings" element={<HeadOfficeSettingsPage />} />
        <Route path="*" element={<Navigate to="/head-office" replace />} />
      </Route>
    </Routes>
  );
}
