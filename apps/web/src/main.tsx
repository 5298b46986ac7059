import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { i18nReady } from './i18n/i18n';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import { queryClient } from './app/api/query-client';
import { registerServiceWorker } from './app/pwa/service-worker';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// Once the worker serves the page, fetch what is on screen (the session, the lesson) again through it,
// so a reload offline finds it cached even if it was first loaded before the worker took over.
registerServiceWorker(() => void queryClient.invalidateQueries());

// Vietnamese is bundled; another language saved on this device is fetched first. Waiting avoids a
// flash of untranslated keys or of the wrong language.
void i18nReady.then(() => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
});
