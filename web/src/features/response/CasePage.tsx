import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT } from '../admin/touch';
import { CaseActions } from './CaseActions';
import { CoverageTable } from './CaseCoverage';
import { CaseEvidence } from './CaseEvidence';
import { CasePeople } from './CasePeople';
import { CaseReferrals } from './CaseReferrals';
import { type CaseDetail, useCase, useResponseMutations } from './response.api';

/** /response/cases/:id — a case and its chain: referrals, actions, evidence, closure. */
export function CasePage() {
  const { t } = useI18n();
  const id = Number(useParams().caseId);
  const query = useCase(id);
  const c = query.data?.case;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/response" size="sm" className="ttdn-touch">
        ← {t('response.case.back')}
      </Anchor>
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
        {c && (
          <>
            <Title order={1} size="h3">
              {c.title}
            </Title>
            <Group gap={6} wrap="wrap">
              <Badge variant="outline" data-testid="case-status">
                {t(`response.status.${c.status}`)}
              </Badge>
              <Badge variant="light">{t(`response.severity.${c.severity}`)}</Badge>
              <Badge variant="light" color="gray">
                {t(`response.kind.${c.kind}`)}
              </Badge>
              {c.label && <Badge color="grape">{t(`response.label.${c.label}`)}</Badge>}
              {c.isSensitive && <Badge color="dark">{t('response.cases.sensitive')}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {t('response.case.openedOn', { date: formatDate(c.openedOn) })} · {t(`response.intake.${c.intake}`)}
              {c.closedOn ? ` · ${t('response.case.closedOn', { date: formatDate(c.closedOn) })}` : ''}
            </Text>
            {c.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</Text>}
            {c.product && (
              <Text size="sm">
                {c.product.what} · {c.product.whereFound}
                {c.product.maker ? ` · ${c.product.maker}` : ''}
                {c.product.seized ? ` · ${t('response.field.productSeized')}` : ''}
              </Text>
            )}
            {c.outcome && (
              <Alert color="green" variant="light" title={t('response.case.outcome')}>
                {c.outcome}
              </Alert>
            )}
            {!c.canManage && (
              <Text size="sm" c="dimmed">
                {t('response.case.readOnly')}
              </Text>
            )}
            {c.canManage && c.status !== 'closed' && <CaseTransitions c={c} />}
            {c.posts.length > 0 && (
              <Card withBorder padding="sm">
                <Text fw={600}>{t('response.case.posts')}</Text>
                {c.posts.map((p) => (
                  <Text key={p.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {formatDate(p.seenOn)} · {p.url}
                  </Text>
                ))}
              </Card>
            )}
            <CasePeople c={c} />
            <CaseReferrals c={c} />
            <CaseActions c={c} />
            <CoverageTable rows={c.coverage} />
            <CaseEvidence c={c} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** The moves the case allows now: verify, respond, close (with its outcome). */
function CaseTransitions({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { transitionCase } = useResponseMutations();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const move = (action: 'verify' | 'respond' | 'close') =>
    transitionCase.mutate(
      { params: { id: c.id }, body: action === 'close' ? { action, outcome } : { action } },
      { onSuccess: () => setClosing(false) },
    );
  return (
    <Stack gap="xs">
      {transitionCase.error !== null && <ErrorAlert error={transitionCase.error} />}
      <Group gap="xs" wrap="wrap">
        {c.status === 'open' && (
          <Button variant="light" h={TOUCH_HEIGHT} onClick={() => move('verify')}>
            {t('response.case.verify')}
          </Button>
        )}
        {(c.status === 'open' || c.status === 'verifying') && (
          <Button variant="light" h={TOUCH_HEIGHT} onClick={() => move('respond')}>
            {t('response.case.respond')}
          </Button>
        )}
        {c.status !== 'open' && !closing && (
          <Button color="green" h={TOUCH_HEIGHT} onClick={() => setClosing(true)}>
            {t('response.case.close')}
          </Button>
        )}
      </Group>
      {closing && (
        <Stack gap="xs">
          <Textarea
            label={t('response.case.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" h={TOUCH_HEIGHT} onClick={() => setClosing(false)}>
              {t('response.cancel')}
            </Button>
            <Button color="green" h={TOUCH_HEIGHT} loading={transitionCase.isPending} onClick={() => move('close')}>
              {t('response.case.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
