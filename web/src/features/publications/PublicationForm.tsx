import * as contract from '@common/contracts/publications';
import type { EndpointRequest } from '@common/contracts/endpoint';
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES, megabytes } from '@common/limits';
import { Button, Card, FileInput, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, callUpload } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useActivityOptions } from '../activities/activities.api';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';

const LANGUAGES = contract.PublicationLanguage.options;
const KINDS = contract.PublicationKind.options;

/** Quick entry of a publication by its agency (phone first): it becomes an activity of kind publication. */
export function PublicationForm({ agencyId, onDone }: { agencyId: number; onDone: () => void }) {
  const { t } = useI18n();
  const options = useActivityOptions();
  const queryClient = useQueryClient();
  const record = useMutation({
    // The publication first, then its files one multipart upload each (cut off at the limit).
    mutationFn: async (request: EndpointRequest<typeof contract.recordPublication>) => {
      const { publication } = await call(contract.recordPublication, request);
      for (const file of files) {
        await callUpload(contract.attachPublicationFile, { params: { id: publication.id }, body: {} }, file);
      }
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['publications'] }),
        queryClient.invalidateQueries({ queryKey: ['activities'] }),
      ]);
      onDone();
    },
  });
  const [form, setForm] = useState({
    title: '',
    kind: 'leaflet' as (typeof KINDS)[number],
    taskId: null as string | null,
    publishedOn: null as string | null,
    distribution: '',
    cost: '' as number | string,
  });
  const [files, setFiles] = useState<File[]>([]);
  const [copies, setCopies] = useState<Record<string, number | string>>({ vi: '' });
  const editions = LANGUAGES.filter((l) => copies[l] !== undefined && copies[l] !== '').map((language) => ({
    language,
    copies: Number(copies[language]) || 0,
  }));
  const save = () =>
    form.taskId &&
    form.publishedOn &&
    record.mutate({
      body: {
        agencyId,
        taskId: Number(form.taskId),
        title: form.title,
        kind: form.kind,
        publishedOn: form.publishedOn,
        editions,
        distribution: form.distribution
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        costDong: form.cost === '' ? null : Number(form.cost),
      },
    });
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {record.error !== null && <ErrorAlert error={record.error} />}
        <TextInput
          label={t('pub.form.title')}
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
          styles={touchInput}
        />
        <Select
          label={t('pub.form.kind')}
          data={KINDS.map((value) => ({ value, label: t(`pub.kind.${value}`) }))}
          value={form.kind}
          onChange={(v) => v && setForm({ ...form, kind: v as (typeof KINDS)[number] })}
          allowDeselect={false}
          styles={touchInput}
        />
        <Select
          label={t('pub.form.task')}
          data={(options.data?.tasks ?? []).map((task) => ({
            value: String(task.id),
            label: `${task.code}. ${task.title}`,
          }))}
          value={form.taskId}
          onChange={(taskId) => setForm({ ...form, taskId })}
          searchable
          styles={touchInput}
        />
        <DateField
          label={t('pub.form.publishedOn')}
          value={form.publishedOn}
          onChange={(publishedOn) => setForm({ ...form, publishedOn })}
          styles={touchInput}
        />
        <Text size="sm" fw={500}>
          {t('pub.form.copies')}
        </Text>
        <Group gap="xs" grow wrap="wrap">
          {LANGUAGES.map((language) => (
            <NumberInput
              key={language}
              label={t(`pub.lang.${language}`)}
              value={copies[language] ?? ''}
              onChange={(value) => setCopies({ ...copies, [language]: value })}
              min={0}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
              miw={110}
              styles={touchInput}
            />
          ))}
        </Group>
        <Textarea
          label={t('pub.form.distribution')}
          value={form.distribution}
          onChange={(e) => setForm({ ...form, distribution: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <NumberInput
          label={t('pub.form.cost')}
          value={form.cost}
          onChange={(cost) => setForm({ ...form, cost })}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          styles={touchInput}
        />
        <FileInput
          label={t('pub.form.files')}
          description={t('pub.form.filesHint', {
            max: contract.MAX_PUBLICATION_FILES,
            maxMb: megabytes(MAX_EVIDENCE_BYTES),
          })}
          accept={EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',')}
          multiple
          value={files}
          onChange={(picked) => setFiles(picked.slice(0, contract.MAX_PUBLICATION_FILES))}
          clearable
          styles={touchInput}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={TOUCH_HEIGHT} onClick={onDone}>
            {t('budget.request.cancel')}
          </Button>
          <Button h={TOUCH_HEIGHT} loading={record.isPending} onClick={save}>
            {t('budget.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
