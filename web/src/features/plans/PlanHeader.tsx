import { Anchor, Badge, Collapse, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { PlanDetail } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';
import { formatDate } from '@common/calendar/iso-date';

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** Title, number, issuer, signer, issue date, legal bases and recipients (collapsible), reporting deadlines; import warnings for those who import plans. */
export function PlanHeader({
  plan,
  showWarnings,
  actions,
}: {
  plan: PlanDetail;
  showWarnings: boolean;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const [basesOpen, bases] = useDisclosure(false);
  const [recipientsOpen, recipients] = useDisclosure(false);
  const [warningsOpen, warnings] = useDisclosure(false);
  const warningList = showWarnings ? plan.warnings : [];
  const signer = plan.signer ? [plan.signer.position, plan.signer.name].filter(Boolean).join(' ') : null;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={1} size="h3" style={{ overflowWrap: 'anywhere' }}>
          {plan.title}
        </Title>
        {actions}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t('plan.number')} value={plan.number} />
          <Fact label={t('plan.issuer')} value={plan.issuer} />
          <Fact label={t('plan.signer')} value={signer} />
          <Fact label={t('plan.issuedOn')} value={formatDate(plan.issuedOn)} />
        </SimpleGrid>
        {plan.reportingDeadlines.length > 0 && (
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              {t('plan.reportingDeadlines')}
            </Text>
            <Group gap="xs">
              {plan.reportingDeadlines.map((d) => (
                <Badge
                  key={`${d.kind}-${d.due}`}
                  variant="light"
                  color="orange"
                  tt="none"
                  size="lg"
                  fw={500}
                  style={{ maxWidth: '100%' }}
                >
                  {t(`plan.deadline.${d.kind}` as MessageKey)}: {formatDate(d.due)}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        <Group gap="md">
          {plan.legalBases.length > 0 && (
            <Anchor component="button" type="button" size="sm" onClick={bases.toggle} aria-expanded={basesOpen}>
              {basesOpen ? '▾' : '▸'} {t('plan.legalBases', { count: plan.legalBases.length })}
            </Anchor>
          )}
          {plan.recipients.length > 0 && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={recipients.toggle}
              aria-expanded={recipientsOpen}
            >
              {recipientsOpen ? '▾' : '▸'} {t('plan.recipients', { count: plan.recipients.length })}
            </Anchor>
          )}
          {warningList.length > 0 && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              c="orange.8"
              onClick={warnings.toggle}
              aria-expanded={warningsOpen}
            >
              {warningsOpen ? '▾' : '▸'} ⚠ {t('plan.warnings', { count: warningList.length })}
            </Anchor>
          )}
        </Group>
        <Collapse expanded={warningsOpen}>
          <List size="xs" spacing={2} c="orange.9">
            {warningList.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Collapse>
        <Collapse expanded={basesOpen}>
          <List size="sm" spacing={4}>
            {plan.legalBases.map((b) => (
              <List.Item key={b.id}>
                {[
                  b.kind,
                  b.symbol && `số ${b.symbol}`,
                  b.date && `ngày ${formatDate(b.date)}`,
                  b.issuer && `của ${b.issuer}`,
                ]
                  .filter(Boolean)
                  .join(' ')}
              </List.Item>
            ))}
          </List>
        </Collapse>
        <Collapse expanded={recipientsOpen}>
          <List size="sm" spacing={2}>
            {plan.recipients.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Collapse>
      </Stack>
    </Paper>
  );
}
