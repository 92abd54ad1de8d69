import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { AuthGate } from './auth/AuthGate';
import { useAuthStatus } from './auth/authStatus';
import { HeadOfficeRoutes } from './pages/headOffice/HeadOfficeRoutes';
import { NotFoundPage } from './pages/NotFoundPage';
import { pageList } from './pageList';

const officeRoutes = pageList.flatMap((pages) => pages.routes);
const officeMenu = pageList
  .flatMap((pages) => pages.nav)
  .toSorted((a, b) => a.order - b.order)
  .map(({ key, icon, label }) => ({ key, icon, label }));

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
