import { Alert, Badge, Button, Card, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import type { SubmissionView } from './reporting.types';

const ACCEPTED = '.docx,.pdf,.txt';

/**
 * The Q1 duty: the agency uploads its own plan document; the server parses it and links each of
 * its tasks to the province's task it serves, which this section shows (unlinked ones in orange).
 */
export function OwnPlanSection({
  view,
  editable,
  onUpload,
}: {
  view: SubmissionView;
  editable: boolean;
  onUpload: (file: File) => Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = view.ownPlan;

  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await onUpload(file);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="own-plan">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reporting.ownPlan.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reporting.ownPlan.hint')}
        </Text>
        {own && (
          <Stack gap={4}>
            <Text size="sm">
              <b>{own.filename}</b> — {own.title ?? ''} ·{' '}
              {t('reporting.ownPlan.summary', {
                tasks: own.ownTasks,
                linked: own.links.filter((l) => l.taskId !== null).length,
              })}
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reporting.ownPlan.ownTask')}</Table.Th>
                    <Table.Th>{t('reporting.ownPlan.provinceTask')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {own.links.map((link) => (
                    <Table.Tr key={link.ownCode}>
                      <Table.Td>
                        {link.ownCode}. {link.ownTitle}
                      </Table.Td>
                      <Table.Td>
                        {link.taskCode ? (
                          <Badge variant="light">{link.taskCode}</Badge>
                        ) : (
                          <Badge color="orange" variant="light">
                            {t('reporting.ownPlan.unlinked')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        {editable && view.abilities.canUploadFiles && (
          <Group>
            <FileButton onChange={(file) => void upload(file)} accept={ACCEPTED}>
              {(props) => (
                <Button {...props} variant="light" loading={busy}>
                  {own ? t('reporting.ownPlan.replace') : t('reporting.ownPlan.upload')}
                </Button>
              )}
            </FileButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
