import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import type { Obligation } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { describePath } from '../../lib/describe-path';
import { ROLE_COLORS, TASK_ROLES, roleLabel } from '../../lib/labels';

/** The duties, grouped by role (Chủ trì, Phối hợp, …), each with why it falls to this agency. */
export function AgencyOwes({ owes, loading }: { owes: Obligation[]; loading: boolean }) {
  const { t } = useI18n();
  if (owes.length === 0) return <Text c="dimmed">{t('agency.owesEmpty')}</Text>;
  return (
    <Stack gap="md" data-testid="agency-owes">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('agency.owesCount', { count: owes.length })}
        </Text>
        {loading && <Loader size="xs" />}
      </Group>
      {TASK_ROLES.map((role) => {
        const duties = owes.filter((o) => o.role === role);
        if (duties.length === 0) return null;
        return (
          <section key={role} aria-label={roleLabel(t, role)}>
            <Group gap="xs" mb={6}>
              <Badge color={ROLE_COLORS[role]} variant="filled" tt="none">
                {roleLabel(t, role)}
              </Badge>
              <Text size="sm" c="dimmed">
                {duties.length}
              </Text>
            </Group>
            <Stack gap={6}>
              {duties.map((o) => (
                <div
                  key={`${o.taskId}-${o.role}`}
                  data-testid={`owe-${o.code}-${o.role}`}
                  data-via-kind={o.viaKind}
                  style={{ borderLeft: `3px solid var(--mantine-color-${ROLE_COLORS[role]}-4)`, paddingLeft: 8 }}
                >
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    <Text span fw={700} c="blue.8">
                      {o.code}
                    </Text>{' '}
                    {o.title}
                  </Text>
                  <Text
                    size="xs"
                    c={o.viaKind === 'direct' ? 'dimmed' : 'orange.9'}
                    data-testid="why"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    <Text span fw={600} size="xs">
                      {t('plan.why')}
                    </Text>{' '}
                    {describePath(t, o.path)}
                  </Text>
                </div>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
