import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

/** "Bạn không có quyền truy cập trang này" — for a missing ability or a 403 from the API. */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="lg" data-testid="forbidden">
      <Stack align="flex-start">
        <Text size="xl" fw={700} c="red.7" aria-hidden>
          403
        </Text>
        <Title order={1} size="h3" role="alert">
          {t('forbidden.title')}
        </Title>
        <Text c="dimmed">{t('forbidden.body')}</Text>
        <Button component={Link} to="/plans" variant="light">
          {t('forbidden.home')}
        </Button>
      </Stack>
    </Paper>
  );
}
