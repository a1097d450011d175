import { Anchor, Box, Card, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { formatDate } from '@common/calendar/iso-date';
import { matchesFolded } from '../../lib/fold-filter';
import { usePublicSpokespersons } from './reporting.api';

/** The public list of spokespersons (NĐ 09/2017), readable without signing in. */
export function PublicSpokespersonsPage() {
  const { t } = useI18n();
  const list = usePublicSpokespersons();
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () =>
      (list.data?.spokespersons ?? []).filter(
        (s) => !query.trim() || matchesFolded(`${s.agency} ${s.fullName}`, query),
      ),
    [list.data, query],
  );
  return (
    <Box maw={1100} mx="auto" p={{ base: 'sm', sm: 'lg' }}>
      <Stack>
        <Box style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
          <Title order={1} size="h3" c="red.8">
            {t('reporting.public.title')}
          </Title>
          <LanguageSwitch />
        </Box>
        <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
          <Text size="sm" c="dimmed">
            {t('reporting.public.subtitle', { date: formatDate(list.data?.asOf) })}
          </Text>
          <TextInput
            placeholder={t('reporting.public.search')}
            aria-label={t('reporting.public.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            maw={420}
          />
          {rows.length === 0 && <Text c="dimmed">{t('reporting.public.empty')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="public-spokespersons">
            {rows.map((s) => (
              <Card key={`${s.agency}-${s.fullName}`} withBorder padding="sm">
                <Text size="xs" c="dimmed" fw={600}>
                  {s.agency}
                </Text>
                <Text fw={600}>{s.fullName}</Text>
                <Text size="sm">{s.title}</Text>
                {s.phone && (
                  <Anchor href={`tel:${s.phone.replace(/\s/g, '')}`} size="sm" className="ttdn-target">
                    ☎ {s.phone}
                  </Anchor>
                )}
                {s.email && (
                  <Anchor
                    href={`mailto:${s.email}`}
                    size="sm"
                    className="ttdn-target"
                    style={{ wordBreak: 'break-all' }}
                  >
                    ✉ {s.email}
                  </Anchor>
                )}
              </Card>
            ))}
          </SimpleGrid>
        </QueryState>
      </Stack>
    </Box>
  );
}
