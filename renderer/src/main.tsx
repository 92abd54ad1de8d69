import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { CallError } from '../../shared/contract/errors';
import { refreshAfterWrites } from './api/queries';
import { App } from './App';
import { theme } from './theme';
import './global.css';
import { quietControls } from './a11y/quietControls';

dayjs.locale('zh-cn');
quietControls();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused call (not found, invalid input) will not succeed on a second try; a hiccup might.
      retry: (failures, error) => !(error instanceof CallError && error.error.code !== 'internal') && failures < 1,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

refreshAfterWrites(queryClient);

// A data router, so a form with unsaved changes can ask before the address changes (useBlocker).
const router = createHashRouter([{ path: '*', element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
