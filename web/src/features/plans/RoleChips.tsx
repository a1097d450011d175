import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { TaskRoleChip } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ROLE_COLORS, TASK_ROLES, roleLabel } from '../../lib/labels';

/**
 * The task's roles, one line per role ("Chủ trì: …"), colour per role. Agency chips are filled and
 * link to the agency page (filled for the agency in focus); group chips are outlined with "Nhóm"; unresolved names are warnings.
 */
export function RoleChips({ roles, highlight }: { roles: TaskRoleChip[]; highlight?: ReadonlySet<number> }) {
  const { t } = useI18n();
  const byRole = TASK_ROLES.map((role) => ({ role, chips: roles.filter((r) => r.role === role) })).filter(
    (g) => g.chips.length > 0,
  );
  if (byRole.length === 0) return null;
  return (
    <Stack2>
      {byRole.map(({ role, chips }) => (
        <Group key={role} gap={4} align="center" wrap="wrap" data-role={role}>
          <Text size="xs" fw={700} c={`${ROLE_COLORS[role]}.8`} miw={64}>
            {roleLabel(t, role)}:
          </Text>
          {chips.map((chip) =>
            chip.target === null ? (
              <Tooltip
                key={chip.id}
                label={t('plan.unresolvedHint')}
                withArrow
                events={{ hover: true, focus: true, touch: true }}
              >
                <Badge color="yellow" variant="light" tt="none" fw={500} style={chipStyle} tabIndex={0}>
                  ⚠ {t('plan.unresolved', { name: chip.asPrinted })}
                </Badge>
              </Tooltip>
            ) : chip.target.type === 'group' ? (
              <Badge
                key={chip.id}
                color={ROLE_COLORS[role]}
                variant="outline"
                tt="none"
                fw={500}
                style={{ ...chipStyle, borderStyle: 'dashed' }}
                title={chip.asPrinted}
              >
                {t('plan.group')}: {chip.target.name}
              </Badge>
            ) : (
              <Badge
                key={chip.id}
                component={Link}
                to={`/agencies/${chip.target.id}`}
                color={ROLE_COLORS[role]}
                variant={highlight?.has(chip.target.id) ? 'filled' : 'light'}
                data-highlight={highlight?.has(chip.target.id) ? 'true' : undefined}
                tt="none"
                fw={500}
                style={{ ...chipStyle, cursor: 'pointer' }}
                title={chip.asPrinted}
              >
                {chip.target.name}
              </Badge>
            ),
          )}
        </Group>
      ))}
    </Stack2>
  );
}

// The minimum height is a variable so phones can raise it to a touch target (theme.css).
const chipStyle = {
  maxWidth: '100%',
  height: 'auto',
  minHeight: 'var(--ttdn-chip-min-height, 20px)',
  whiteSpace: 'normal' as const,
  lineHeight: 1.3,
  paddingBlock: 2,
};

function Stack2({ children }: { children: React.ReactNode }) {
  return <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>{children}</div>;
}
