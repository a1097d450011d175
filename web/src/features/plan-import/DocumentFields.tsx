import {
  ActionIcon,
  Anchor,
  Collapse,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';
import { formatDate } from '@common/calendar/iso-date';
import type { ParsedPlan } from './plan-import.types';

type Props = {
  plan: ParsedPlan;
  onDocument: (patch: Partial<ParsedPlan['document']>) => void;
  onPlan: (patch: Partial<Omit<ParsedPlan, 'document' | 'tasks'>>) => void;
};

/** The document's own fields, all editable: title, number, year, issuer, date, signer, legal bases, reporting deadlines, recipients. */
export function DocumentFields({ plan, onDocument, onPlan }: Props) {
  const { t } = useI18n();
  const [basesOpen, bases] = useDisclosure(false);
  const [recipientsOpen, recipients] = useDisclosure(false);
  const doc = plan.document;
  const signer = doc.signer ?? { name: null, position: null, authority: null };
  return (
    <Paper withBorder p="sm" data-testid="document-fields">
      <Text fw={600} mb="xs">
        {t('planImport.document')}
      </Text>
      <Stack gap="xs">
        <TextInput
          label={t('planImport.docTitle')}
          value={doc.title ?? ''}
          onChange={(e) => onDocument({ title: e.currentTarget.value || null })}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <TextInput
            label={t('planImport.docNumber')}
            value={doc.number ?? ''}
            onChange={(e) => onDocument({ number: e.currentTarget.value || null })}
          />
          <NumberInput
            label={t('planImport.docYear')}
            value={doc.year ?? ''}
            min={2000}
            max={2100}
            onChange={(v) => onDocument({ year: typeof v === 'number' ? v : null })}
          />
          <DateField
            label={t('planImport.docIssuedOn')}
            value={doc.issuedOn}
            onChange={(issuedOn) => onDocument({ issuedOn })}
          />
        </SimpleGrid>
        <TextInput
          label={t('planImport.docIssuer')}
          value={doc.issuer ?? ''}
          onChange={(e) => onDocument({ issuer: e.currentTarget.value || null })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t('planImport.docSignerPosition')}
            value={signer.position ?? ''}
            onChange={(e) => onDocument({ signer: { ...signer, position: e.currentTarget.value || null } })}
          />
          <TextInput
            label={t('planImport.docSignerName')}
            value={signer.name ?? ''}
            onChange={(e) => onDocument({ signer: { ...signer, name: e.currentTarget.value || null } })}
          />
        </SimpleGrid>
        {plan.reportingDeadlines.length > 0 && (
          <div>
            <Text size="sm" fw={500} mb={2}>
              {t('planImport.deadlines')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              {plan.reportingDeadlines.map((deadline, index) => (
                <DateField
                  key={deadline.kind}
                  label={t(`plan.deadline.${deadline.kind}` as MessageKey)}
                  value={deadline.due}
                  onChange={(due) =>
                    due &&
                    onPlan({
                      reportingDeadlines: plan.reportingDeadlines.map((d, i) => (i === index ? { ...d, due } : d)),
                    })
                  }
                />
              ))}
            </SimpleGrid>
          </div>
        )}
        <Group gap="md">
          <Anchor component="button" type="button" size="sm" onClick={bases.toggle} aria-expanded={basesOpen}>
            {basesOpen ? '▾' : '▸'} {t('planImport.legalBases', { count: plan.legalBases.length })}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={recipients.toggle} aria-expanded={recipientsOpen}>
            {recipientsOpen ? '▾' : '▸'} {t('planImport.recipients', { count: plan.recipients.length })}
          </Anchor>
        </Group>
        <Collapse expanded={basesOpen}>
          <List size="sm" spacing={2}>
            {plan.legalBases.map((b, index) => (
              <List.Item key={`${b.symbol}-${index}`}>
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <Text size="sm">
                    {[
                      b.kind,
                      b.symbol && `số ${b.symbol}`,
                      b.date && `ngày ${formatDate(b.date)}`,
                      b.issuer && `của ${b.issuer}`,
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  </Text>
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    color="gray"
                    aria-label={t('planImport.remove')}
                    onClick={() => onPlan({ legalBases: plan.legalBases.filter((_, i) => i !== index) })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        </Collapse>
        <Collapse expanded={recipientsOpen}>
          <List size="sm" spacing={2}>
            {plan.recipients.map((r, index) => (
              <List.Item key={`${r}-${index}`}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{r}</Text>
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    color="gray"
                    aria-label={t('planImport.remove')}
                    onClick={() => onPlan({ recipients: plan.recipients.filter((_, i) => i !== index) })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        </Collapse>
      </Stack>
    </Paper>
  );
}
