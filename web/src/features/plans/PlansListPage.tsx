import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';
import { formatDate } from '@common/calendar/iso-date';
import { usePlans } from './plans.api';

/** All plans, newest first; each card opens the plan page. */
export function PlansListPage() {
  const { t } = useI18n();
  const plans = usePlans();
  return (
    <Stack>
      <Group justify="space-between" gap="xs">
        <Title order={1} size="h3">
          {t('plans.title')}
        </Title>
        {plans.data?.abilities['plan.import'] && (
          <Button component={Link} to="/plans/import">
            {t('planImport.title')}
          </Button>
        )}
      </Group>
      <QueryState isLoading={plans.isLoading} error={plans.error} onRetry={() => void plans.refetch()}>
        {plans.data?.plans.length === 0 && <Text c="dimmed">{t('plans.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {plans.data?.plans.map((plan) => (
            <Card
              key={plan.id}
              withBorder
              component={Link}
              to={`/plans/${plan.id}`}
              data-testid={`plan-card-${plan.year}`}
            >
              {/* The link's name is its whole text (WCAG 2.5.3: what is seen is part of what is heard). */}
              <VisuallyHidden>{t('plans.open')}: </VisuallyHidden>
              <Group justify="space-between" mb={4}>
                <Badge variant="light">{t('plans.year', { year: plan.year })}</Badge>
                <Badge variant="outline" color={plan.status === 'issued' ? 'green' : 'gray'}>
                  {t(`plans.status.${plan.status}` as MessageKey)}
                </Badge>
              </Group>
              <Text fw={600}>{plan.title}</Text>
              <Text size="sm" c="dimmed">
                {[
                  plan.number && t('plans.number', { number: plan.number }),
                  plan.issuedOn && t('plans.issuedOn', { date: formatDate(plan.issuedOn) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}
