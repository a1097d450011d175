import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { AgenciesAdmin } from './AgenciesAdmin';
import { GroupsAdmin } from './GroupsAdmin';
import { SuccessionAdmin } from './SuccessionAdmin';

const TABS = ['agencies', 'groups', 'events'] as const;

/** Organisation admin (ability agency.manage): agencies, groups, reorganisation events. */
export function OrganisationAdminPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'agencies';
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('admin.title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(value) => setParams({ tab: value ?? 'agencies' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="agencies">{t('admin.tab.agencies')}</Tabs.Tab>
          <Tabs.Tab value="groups">{t('admin.tab.groups')}</Tabs.Tab>
          <Tabs.Tab value="events">{t('admin.tab.events')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agencies" pt="md">
          <AgenciesAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          <GroupsAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <SuccessionAdmin />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
