import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { BoardPanel } from './BoardPanel';
import { CasesPanel } from './CasesPanel';
import { ConferencesPanel } from './ConferencesPanel';
import { VisitsPanel } from './VisitsPanel';

const TABS = ['cases', 'conferences', 'visits', 'board'] as const;
type Tab = (typeof TABS)[number];

/** /response: cases, press conferences, foreign press groups and the board; the tab lives in the URL. */
export function ResponsePage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'cases';
  // The server's today (pinned in demos), not the browser's clock.
  const today = useMe().today;
  const year = Number(search.get('year')) || Number(today.slice(0, 4));
  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('response.title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearch({ tab: value ?? 'cases', ...(search.get('year') ? { year: search.get('year')! } : {}) })
        }
        keepMounted={false}
      >
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x} mih={44}>
              {t(`response.tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="cases" pt="md">
          <CasesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="conferences" pt="md">
          <ConferencesPanel year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="visits" pt="md">
          <VisitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="board" pt="md">
          <BoardPanel year={year} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
