import { Alert, Button, Card, Checkbox, FileInput, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '@common/calendar/iso-date';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMonitoringActions } from './monitoring.api';

/** The contract's cap on the CSV text sent in JSON. */
const MAX_CSV_CHARS = 5_000_000;

/**
 * "Nhập CSV": a social-media export is previewed (columns found, first lines, every wrong cell by
 * line and column) before it is imported; a file with wrong lines is stored only if the person
 * chooses to skip them.
 */
export function CsvImportPanel() {
  const { t } = useI18n();
  const { previewCsv, importCsv } = useMonitoringActions();
  const [outlet, setOutlet] = useState('');
  const [csv, setCsv] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const preview = previewCsv.data;
  const hasProblems = (preview?.problems.length ?? 0) > 0;
  const fatal = preview?.problems.some((p) => p.problem === 'no-text-column') ?? false;
  const resetResults = () => {
    previewCsv.reset();
    importCsv.reset();
    setSkipInvalid(false);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('monitor.csv.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (csv !== null) previewCsv.mutate({ outlet, csv });
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t('monitor.csv.outlet')}
            value={outlet}
            onChange={(e) => {
              setOutlet(e.currentTarget.value);
              resetResults();
            }}
            required
          />
          <FileInput
            label={t('monitor.csv.file')}
            placeholder={t('monitor.csv.choose')}
            accept=".csv,text/csv"
            required
            clearable
            onChange={async (file) => {
              resetResults();
              const text = file ? await file.text() : null;
              setTooLarge(text !== null && text.length > MAX_CSV_CHARS);
              setCsv(text !== null && text.length <= MAX_CSV_CHARS ? text : null);
            }}
          />
          {tooLarge && <Alert color="red">{t('monitor.csv.tooLarge')}</Alert>}
          <Button type="submit" className="ttdn-touch" loading={previewCsv.isPending} disabled={csv === null}>
            {t('monitor.csv.preview')}
          </Button>
          {previewCsv.error && <ErrorAlert error={previewCsv.error} />}
        </Stack>
      </form>
      {preview && (
        <Card withBorder padding="sm" data-testid="csv-preview">
          <Stack gap="xs">
            <Text fw={600}>{t('monitor.csv.summary', { total: preview.total, valid: preview.valid })}</Text>
            <Title order={2} size="h5">
              {t('monitor.csv.columns')}
            </Title>
            <List size="sm" spacing={2}>
              {preview.columns.map((c) => (
                <List.Item key={c.field}>
                  {t(`monitor.csv.field.${c.field}` as 'monitor.csv.field.text')}:{' '}
                  {c.header ?? t('monitor.csv.missing')}
                </List.Item>
              ))}
            </List>
            {hasProblems && (
              <Alert color="red" title={t('monitor.csv.problems')} data-testid="csv-problems">
                <List size="sm" spacing={2}>
                  {preview.problems.map((p) => (
                    <List.Item key={`${p.line}-${p.column}-${p.problem}`}>
                      {t(`monitor.csv.problem.${p.problem}`, { line: p.line, column: p.column })}
                    </List.Item>
                  ))}
                </List>
                {preview.moreProblems > 0 && (
                  <Text size="sm">{t('monitor.csv.moreProblems', { count: preview.moreProblems })}</Text>
                )}
              </Alert>
            )}
            {preview.rows.length > 0 && (
              <>
                <Title order={2} size="h5">
                  {t('monitor.csv.firstRows')}
                </Title>
                <Stack gap={6}>
                  {preview.rows.map((r) => (
                    <Card key={r.line} withBorder padding="xs" bg={r.ok ? undefined : 'red.0'} data-testid="csv-row">
                      <Text size="xs" c={r.ok ? 'dimmed' : 'red.9'}>
                        {r.ok ? t('monitor.csv.line', { line: r.line }) : t('monitor.csv.badRow', { line: r.line })}
                        {r.author ? ` · ${r.author}` : ''}
                        {r.publishedAt ? ` · ${formatDateTime(String(r.publishedAt))}` : ''}
                        {r.ok ? ` · ${t('monitor.csv.field.reactions')}: ${r.reactions}` : ''}
                      </Text>
                      {r.text && (
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {r.text}
                        </Text>
                      )}
                    </Card>
                  ))}
                </Stack>
              </>
            )}
            {hasProblems && !fatal && (
              <>
                <Text size="sm">{t('monitor.csv.refusedHint')}</Text>
                <Checkbox
                  label={t('monitor.csv.skipInvalid')}
                  checked={skipInvalid}
                  onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
                  className="ttdn-touch"
                />
              </>
            )}
            {!fatal && preview.valid > 0 && (
              <Button
                className="ttdn-touch"
                loading={importCsv.isPending}
                disabled={(hasProblems && !skipInvalid) || importCsv.isSuccess}
                onClick={() => csv !== null && importCsv.mutate({ outlet, csv, skipInvalid })}
              >
                {t('monitor.csv.import', { count: preview.valid })}
              </Button>
            )}
            {importCsv.error && <ErrorAlert error={importCsv.error} />}
            {importCsv.data && (
              <Alert color="green" aria-live="polite">
                {t('monitor.csv.imported', {
                  stored: importCsv.data.stored,
                  relevant: importCsv.data.relevant,
                  skipped: importCsv.data.skipped,
                  invalid: importCsv.data.invalid,
                })}
              </Alert>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
