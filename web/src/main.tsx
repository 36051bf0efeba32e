import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthorizedHandler } from './api/client.ts';
import { queryClient } from './api/queryClient.ts';
import { prefetchSession } from './api/session.ts';
import { AppProviders } from './AppProviders.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { getLanguage } from './i18n/index.ts';
import './global.css';

document.documentElement.lang = getLanguage();

// A 401 on a call that needs a session means the server ended it (idle timeout, logout elsewhere).
// A full navigation drops every cached answer, which may hold personal data.
setUnauthorizedHandler(() => {
  const path = window.location.pathname;
  if (path.startsWith('/staff') && !path.startsWith('/staff/login')) window.location.assign('/staff/login?expired=1');
  else if (path.startsWith('/hall')) window.location.assign('/?expired=1');
});

prefetchSession(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <AppRoutes />
    </AppProviders>
  </StrictMode>,
);
