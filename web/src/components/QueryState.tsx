import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { errorText, isForbidden } from '../lib/error-text';
import { ForbiddenPage } from './ForbiddenPage';

/** A failure in words, with the request id to quote to support. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" role="alert" title={t('error.title')}>
      <Text size="sm">{errorText(t, error)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('error.reference', { id: requestId.slice(0, 8) })}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="xs" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Loading spinner, 403 page or error for a query; the children once the data is there. */
export function QueryState({
  isLoading,
  error,
  onRetry,
  children,
}: {
  isLoading: boolean;
  error: unknown;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (error) return isForbidden(error) ? <ForbiddenPage /> : <ErrorAlert error={error} onRetry={onRetry} />;
  if (isLoading)
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" role="status" aria-label={t('app.loading')} />
      </Center>
    );
  return <>{children}</>;
}
