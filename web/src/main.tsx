import '@mantine/core/styles.css';
import './styles.css';
import './theme.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './App';
import { SessionProvider } from './features/auth/session';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { themeFor } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, validation) will not heal by retrying; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/** Mantine with the theme in the reader's language (the close buttons' names). */
function ThemedApp() {
  const { t } = useI18n();
  const closeLabel = t('app.close');
  const localized = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={localized} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ThemedApp />
    </I18nProvider>
  </StrictMode>,
);
