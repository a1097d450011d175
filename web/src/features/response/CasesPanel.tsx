import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT } from '../admin/touch';
import { OpenCaseForm } from './OpenCaseForm';
import { useCases } from './response.api';

const SEVERITY_COLOR = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } as const;

/** The cases the reader may see, as cards (they read on a phone as well as on a desk). */
export function CasesPanel() {
  const { t } = useI18n();
  const query = useCases();
  const [opening, setOpening] = useState(false);
  const canManage = query.data?.abilities['response.manage'] ?? false;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      <Stack gap="sm">
        {canManage &&
          (opening ? (
            <OpenCaseForm onDone={() => setOpening(false)} />
          ) : (
            <Group>
              <Button h={TOUCH_HEIGHT} onClick={() => setOpening(true)}>
                {t('response.cases.open')}
              </Button>
            </Group>
          ))}
        {query.data?.cases.length === 0 && <Text c="dimmed">{t('response.cases.none')}</Text>}
        {(query.data?.cases.length ?? 0) > 0 && (
          <Anchor href="/api/response/cases.xlsx" size="sm" className="ttdn-touch">
            {t('response.xlsx.cases')}
          </Anchor>
        )}
        {query.data?.cases.map((c) => (
          <Card key={c.id} withBorder padding="sm" data-testid="case-card">
            <Anchor component={Link} to={`/response/cases/${c.id}`} fw={600} className="ttdn-touch">
              {c.title}
            </Anchor>
            <Group gap={6} mt={4} wrap="wrap">
              <Badge color={SEVERITY_COLOR[c.severity]} variant="light">
                {t(`response.severity.${c.severity}`)}
              </Badge>
              <Badge variant="outline">{t(`response.status.${c.status}`)}</Badge>
              {c.label && (
                <Badge color="grape" variant="light">
                  {t(`response.label.${c.label}`)}
                </Badge>
              )}
              {c.isSensitive && <Badge color="dark">{t('response.cases.sensitive')}</Badge>}
              {c.lapsedReferrals > 0 && (
                <Badge color="red">{t('response.cases.lapsed', { count: c.lapsedReferrals })}</Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`response.kind.${c.kind}`)} · {t('response.case.openedOn', { date: formatDate(c.openedOn) })} ·{' '}
              {t('response.cases.age', { days: c.ageDays })}
              {c.leadAgencyName ? ` · ${c.leadAgencyName}` : ''}
            </Text>
          </Card>
        ))}
      </Stack>
    </QueryState>
  );
}
