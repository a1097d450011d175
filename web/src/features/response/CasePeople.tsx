import { Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT } from '../admin/touch';
import { type CaseDetail, useCasePeople, useResponseMutations } from './response.api';

/** The people named on a case (need to know): coordinators add and remove them; every change is audited. */
export function CasePeople({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { setMember, removeMember } = useResponseMutations();
  const people = useCasePeople(c.canManage);
  const [chosen, setChosen] = useState<string | null>(null);
  const [role, setRole] = useState<'member' | 'coordinator'>('member');
  const named = new Set(c.members.map((m) => m.userId));
  const error = setMember.error ?? removeMember.error;
  return (
    <Card withBorder padding="sm" data-testid="case-people">
      <Stack gap="xs">
        <Text fw={600}>{t('response.people.title')}</Text>
        {c.members.map((m) => (
          <Group key={m.userId} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              {m.displayName} · {t(`response.people.role.${m.role}`)}
            </Text>
            {c.canManage && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                h={TOUCH_HEIGHT}
                aria-label={t('response.people.removeOne', { name: m.displayName })}
                onClick={() => removeMember.mutate({ params: { id: c.id, userId: m.userId } })}
              >
                {t('response.people.remove')}
              </Button>
            )}
          </Group>
        ))}
        {error !== null && <ErrorAlert error={error} />}
        {c.canManage && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('response.people.add')}
              searchable
              value={chosen}
              onChange={setChosen}
              data={(people.data?.people ?? [])
                .filter((p) => !named.has(p.userId))
                .map((p) => ({ value: String(p.userId), label: `${p.displayName} (${p.username})` }))}
              style={{ flex: '1 1 220px' }}
            />
            <Select
              label={t('response.people.roleLabel')}
              value={role}
              onChange={(v) => setRole(v === 'coordinator' ? 'coordinator' : 'member')}
              data={(['member', 'coordinator'] as const).map((r) => ({
                value: r,
                label: t(`response.people.role.${r}`),
              }))}
              allowDeselect={false}
              style={{ flex: '0 1 160px' }}
            />
            <Button
              h={TOUCH_HEIGHT}
              disabled={chosen === null}
              loading={setMember.isPending}
              onClick={() =>
                setMember.mutate(
                  { params: { id: c.id }, body: { userId: Number(chosen), role } },
                  { onSuccess: () => setChosen(null) },
                )
              }
            >
              {t('response.people.addButton')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
