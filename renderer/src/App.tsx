import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { AuthGate } from './auth/AuthGate';
import { useAuthStatus } from './auth/authStatus';
import { useCurrentStaff } from './auth/currentStaff';
import { NotFoundPage } from './pages/NotFoundPage';
import { pageList } from './pageList';
import { StartCheckBanner } from './components/StartCheckBanner';
import { lazyPage } from './lazyPage';

// A head-office folder and a department's worker get shells of their own: loaded only by them, like the pages.
const headOfficeRoutes = lazyPage(() => import('./pages/headOffice/HeadOfficeRoutes'), 'HeadOfficeRoutes');
const departmentQueueRoutes = lazyPage(() => import('./pages/departmentQueue/DepartmentQueueRoutes'), 'DepartmentQueueRoutes');

const officeRoutes = pageList.flatMap((pages) => pages.routes);
const officeMenu = pageList
  .flatMap((pages) => pages.nav)
  .toSorted((a, b) => a.order - b.order)
  .map(({ key, icon, label }) => ({ key, icon, label }));

export function App() {
  return (
    <>
      <StartCheckBanner />
      <AuthGate>
        <FolderRoutes />
      </AuthGate>
    </>
  );
}

/**
 * A head-office data folder gets its own shell; an office's folder (or a fresh one) the front desk's, except for a
 * department's own worker (部门员工), who sees only their department's queue.
 */
function FolderRoutes() {
  const folderKind = useAuthStatus().data?.folderKind ?? null;
  const { role } = useCurrentStaff();
  if (folderKind === 'headOffice') return headOfficeRoutes;
  if (role === 'departmentStaff') return departmentQueueRoutes;
  return <OfficeRoutes />;
}

function OfficeRoutes() {
  return (
    <Routes>
      <Route element={<AppShell menuItems={officeMenu} />}>
        <Route index element={<Navigate to="/desk" replace />} />
        {officeRoutes.map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
