import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { ROLE_COLORS, roleLabel, type TaskRole } from '../../lib/labels';
import type { Obligation } from '../../api/types';
import { ReadOnlyValue } from './ReadOnlyValue';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes, isEvidenceLink, type EvidenceProblem } from './evidence-upload';
import { LINE_STATUSES, lineStatusLabel } from './reporting-labels';
import type { LineStatus, SubmissionFile, SubmissionLine } from './reporting.types';
import type { LineDraft } from './submission-draft';
import { errorText } from '../../lib/error-text';

type Props = {
  line: SubmissionLine;
  draft: LineDraft;
  owed: Obligation[];
  files: SubmissionFile[];
  editable: boolean;
  canUpload: boolean;
  onChange: (change: Partial<LineDraft>) => void;
  onUpload: (file: File) => Promise<EvidenceProblem | null>;
};

/** One owed task of the report: what it is and why the agency owes it, its status, texts and evidence. */
export function TaskLineCard({ line, draft, owed, files, editable, canUpload, onChange, onUpload }: Props) {
  const { t } = useI18n();
  const returned = line.reviewStatus === 'returned' && !!line.reviewComment;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`line-${line.code}`}
      id={`line-${line.taskId}`}
      data-returned={returned}
      style={returned ? { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <div>
          <Group gap={6} wrap="wrap">
            <Badge variant="filled" color="gray">
              {line.code}
            </Badge>
            {uniqueRoles(owed).map((role) => (
              <Badge key={role} color={ROLE_COLORS[role as TaskRole] ?? 'gray'} variant="light">
                {roleLabel(t, role)}
              </Badge>
            ))}
            {line.isContinuous && (
              <Badge color="gray" variant="outline">
                {t('reporting.line.continuous')}
              </Badge>
            )}
          </Group>
          <Text fw={600} mt={4}>
            {line.title}
          </Text>
          {owed.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('reporting.line.why')}: {[...new Set(owed.map((o) => o.via))].join('; ')}
            </Text>
          )}
        </div>
        {returned && (
          <Alert
            color="orange"
            variant="light"
            title={t('reporting.line.reviewComment')}
            data-testid={`review-${line.code}`}
          >
            {line.reviewComment}
          </Alert>
        )}
        {!editable && line.sinceReturn && (
          <Alert color="blue" variant="light" p="xs" data-testid={`changed-${line.code}`}>
            <Text size="sm" fw={600}>
              {t('cycle.changedSinceReturn')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('cycle.before', {
                text: [line.sinceReturn.doneText, line.sinceReturn.resultsText].filter(Boolean).join(' — ') || '—',
              })}
            </Text>
          </Alert>
        )}
        {editable ? (
          <>
            <Select
              label={t('reporting.line.status')}
              data={LINE_STATUSES.map((s) => ({ value: s, label: lineStatusLabel(t, s) }))}
              value={draft.status}
              onChange={(v) => v && onChange({ status: v as LineStatus })}
              allowDeselect={false}
              maw={320}
            />
            <Textarea
              label={t('reporting.line.done')}
              value={draft.doneText}
              onChange={(e) => onChange({ doneText: e.currentTarget.value })}
              autosize
              minRows={2}
              maxRows={12}
            />
            <Textarea
              label={t('reporting.line.results')}
              value={draft.resultsText}
              onChange={(e) => onChange({ resultsText: e.currentTarget.value })}
              autosize
              minRows={2}
              maxRows={12}
            />
          </>
        ) : (
          <>
            <ReadOnlyValue label={t('reporting.line.status')} text={lineStatusLabel(t, draft.status)} />
            <ReadOnlyValue label={t('reporting.line.done')} text={draft.doneText} />
            <ReadOnlyValue label={t('reporting.line.results')} text={draft.resultsText} />
          </>
        )}
        <EvidenceLinks
          links={draft.evidenceLinks}
          editable={editable}
          onChange={(evidenceLinks) => onChange({ evidenceLinks })}
        />
        <EvidenceFiles files={files} canUpload={canUpload} onUpload={onUpload} />
      </Stack>
    </Card>
  );
}

function uniqueRoles(owed: Obligation[]): string[] {
  return [...new Set(owed.map((o) => o.role))];
}

function EvidenceLinks({
  links,
  editable,
  onChange,
}: {
  links: string[];
  editable: boolean;
  onChange: (links: string[]) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    if (!isEvidenceLink(text)) return setInvalid(true);
    onChange([...links, text.trim()]);
    setText('');
    setInvalid(false);
  };
  if (!editable && links.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('reporting.line.links')}
      </Text>
      {links.map((link, i) => (
        <Group key={`${link}-${i}`} gap={4} wrap="nowrap">
          <Anchor href={link} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
            {link}
          </Anchor>
          {editable && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('reporting.line.removeLink')}
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {editable && (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            placeholder="https://…"
            aria-label={t('reporting.line.addLink')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
            error={invalid ? t('reporting.line.badLink') : undefined}
            style={{ flex: 1 }}
            inputMode="url"
          />
          <Button variant="light" onClick={add} disabled={!text.trim()}>
            {t('reporting.line.addLink')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function EvidenceFiles({
  files,
  canUpload,
  onUpload,
}: {
  files: SubmissionFile[];
  canUpload: boolean;
  onUpload: (file: File) => Promise<EvidenceProblem | null>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const refused = await onUpload(file);
      if (refused) setProblem(t(`reporting.file.${refused.problem}`, { name: refused.filename }));
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  if (!canUpload && files.length === 0) return null;
  return (
    <Stack gap={4}>
      {files.map((f) => (
        <Text key={f.id} size="sm">
          📎 {f.filename}{' '}
          <Text span c="dimmed" size="xs">
            ({formatBytes(f.size)})
          </Text>
        </Text>
      ))}
      {canUpload && (
        <FileButton onChange={(file) => void pick(file)} accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
          {(props) => (
            <Button {...props} variant="default" size="xs" loading={busy} w="fit-content">
              {t('reporting.file.upload')}
            </Button>
          )}
        </FileButton>
      )}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
