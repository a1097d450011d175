import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import { ROLE_LABELS } from '@common/permissions';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import type { HomeView } from './home.api';

type AccountItem = NonNullable<HomeView['accounts']>['items'][number];
type UpwardItem = NonNullable<HomeView['upward']>['items'][number];

const ACCOUNT_COLORS: Record<AccountItem['kind'], string> = { locked: 'red', new: 'blue', 'no-email': 'gray' };

/** The one thing to do first, as the page's first line (the same place the report screens put it). */
function NextLine({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <Alert color="blue" variant="light" p="xs" title={t('cycle.next.label')} data-testid="home-next-action">
      {text}
    </Alert>
  );
}

/** One line of a list: who or what, why it is here, and the action it needs. */
function Line(props: {
  testId: string;
  title: string;
  detail: string;
  badge: string;
  color: string;
  action: string;
  to: string;
}) {
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      py={6}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      data-testid={props.testId}
    >
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {props.title}
          </Text>
          <Badge color={props.color} variant="light" tt="none">
            {props.badge}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {props.detail}
        </Text>
      </div>
      <Button component={Link} to={props.to} size="compact-sm" variant="light" mih={44} style={{ flexShrink: 0 }}>
        {props.action}
      </Button>
    </Group>
  );
}

/** The administrator's own work: accounts locked, new this week (check them) and without e-mail. */
export function AccountsHome({ accounts }: { accounts: NonNullable<HomeView['accounts']> }) {
  const { t, language } = useI18n();
  const first = accounts.items[0];
  const detail = (item: AccountItem) =>
    item.kind === 'locked'
      ? t('home.accounts.lockedUntil', { time: formatDateTime(item.at) })
      : item.kind === 'new'
        ? t('home.accounts.createdAt', { time: formatDateTime(item.at) })
        : t('home.accounts.noEmailDetail');
  return (
    <Stack gap="xs" data-testid="home-accounts">
      {first && <NextLine text={t(`home.accounts.next.${first.kind}`, { name: first.displayName })} />}
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('home.accounts.title', { count: accounts.items.length, active: accounts.active })}
        </Title>
        <Anchor component={Link} to="/admin/users" size="sm">
          {t('home.accounts.all')}
        </Anchor>
      </Group>
      {accounts.items.length === 0 ? (
        <Text c="dimmed">{t('home.accounts.none')}</Text>
      ) : (
        <Paper withBorder px="sm" py={4}>
          {accounts.items.map((item) => (
            <Line
              key={item.userId}
              testId={`account-${item.kind}-${item.username}`}
              title={`${item.displayName} (${item.username})`}
              detail={`${ROLE_LABELS[item.role][language]} · ${detail(item)}`}
              badge={t(`home.accounts.kind.${item.kind}`)}
              color={ACCOUNT_COLORS[item.kind]}
              action={t(`home.accounts.action.${item.kind}`)}
              to="/admin/users"
            />
          ))}
        </Paper>
      )}
    </Stack>
  );
}

/** The ministry's own work: provinces' reports to review (oldest first), then those returned and awaited. */
export function UpwardHome({ upward }: { upward: NonNullable<HomeView['upward']> }) {
  const { t } = useI18n();
  const review = upward.items.filter((i) => i.kind === 'awaiting-review');
  const returned = upward.items.filter((i) => i.kind === 'returned');
  const line = (item: UpwardItem) => (
    <Line
      key={item.reportId}
      testId={`upward-${item.kind}-${item.reportId}`}
      title={item.province}
      detail={
        item.kind === 'returned' && item.returnedAt
          ? t('home.upward.returnedAt', { time: formatDateTime(item.returnedAt) })
          : t('home.upward.sentAt', {
              time: formatDateTime(item.submittedAt),
              version: item.version,
              date: formatDate(item.ministryDueOn),
            })
      }
      badge={t(`home.upward.kind.${item.kind}`)}
      color={item.kind === 'returned' ? 'orange' : 'blue'}
      action={t(item.kind === 'returned' ? 'home.action.open' : 'home.action.review')}
      to={`/ministry/reports/${item.reportId}`}
    />
  );
  return (
    <Stack gap="xs" data-testid="home-upward">
      <NextLine
        text={
          review[0]
            ? t('home.upward.next.review', { province: review[0].province, count: review.length })
            : t('home.upward.next.none')
        }
      />
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('home.upward.title', { count: review.length })}
        </Title>
        <Anchor component={Link} to="/ministry" size="sm">
          {t('home.upward.all', { accepted: upward.accepted })}
        </Anchor>
      </Group>
      {review.length === 0 ? (
        <Text c="dimmed">{t('home.upward.none')}</Text>
      ) : (
        <Paper withBorder px="sm" py={4}>
          {Object.entries(groupByPeriod(review)).map(([label, items]) => (
            <div key={label}>
              <Text size="xs" c="dimmed" fw={600} pt={6}>
                {label}
              </Text>
              {items.map(line)}
            </div>
          ))}
        </Paper>
      )}
      {returned.length > 0 && (
        <>
          <Text fw={600}>{t('home.upward.returned', { count: returned.length })}</Text>
          <Paper withBorder px="sm" py={4}>
            {returned.map(line)}
          </Paper>
        </>
      )}
    </Stack>
  );
}

function groupByPeriod(items: UpwardItem[]): Record<string, UpwardItem[]> {
  const out: Record<string, UpwardItem[]> = {};
  for (const item of items) out[item.periodLabel] = [...(out[item.periodLabel] ?? []), item];
  return out;
}
