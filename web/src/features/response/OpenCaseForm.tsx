import { Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { CaseIntake, CaseKind, CaseSeverity } from '@common/contracts/response';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { useResponseMutations } from './response.api';

type Kind = (typeof CaseKind.options)[number];

/** Opens a case: kind, title, source (a URL, a tip…), severity; a product's details for a sovereignty case. */
export function OpenCaseForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { openCase } = useResponseMutations();
  const [kind, setKind] = useState<Kind>('misinformation');
  const [intake, setIntake] = useState<(typeof CaseIntake.options)[number]>('url');
  const [severity, setSeverity] = useState<(typeof CaseSeverity.options)[number]>('medium');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [isSensitive, setSensitive] = useState(false);
  const [product, setProduct] = useState({ what: '', whereFound: '', maker: '', seized: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    openCase.mutate(
      {
        body: {
          kind,
          intake,
          severity,
          title,
          summary,
          sourceUrl: sourceUrl.trim() || null,
          isSensitive,
          product:
            kind === 'sovereignty-product'
              ? { ...product, productType: 'other', maker: product.maker.trim() || null }
              : null,
        },
      },
      { onSuccess: (answer) => navigate(`/response/cases/${answer.case.id}`) },
    );
  };
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {openCase.error !== null && <ErrorAlert error={openCase.error} />}
        <Select
          label={t('response.field.kind')}
          data={options(CaseKind.options, 'response.kind')}
          value={kind}
          onChange={(v) => v && setKind(v as Kind)}
          allowDeselect={false}
          styles={touchInput}
        />
        <TextInput
          label={t('response.field.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          styles={touchInput}
        />
        <Textarea
          label={t('response.field.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group grow wrap="wrap">
          <Select
            label={t('response.field.intake')}
            data={options(CaseIntake.options, 'response.intake')}
            value={intake}
            onChange={(v) => v && setIntake(v as typeof intake)}
            allowDeselect={false}
            styles={touchInput}
            miw={200}
          />
          <Select
            label={t('response.field.severity')}
            data={options(CaseSeverity.options, 'response.severity')}
            value={severity}
            onChange={(v) => v && setSeverity(v as typeof severity)}
            allowDeselect={false}
            styles={touchInput}
            miw={160}
          />
        </Group>
        <TextInput
          label={t('response.field.sourceUrl')}
          type="url"
          value={sourceUrl}
          onChange={(e) => setSourceUrl(e.currentTarget.value)}
          styles={touchInput}
        />
        {kind === 'sovereignty-product' && (
          <>
            <TextInput
              label={t('response.field.productWhat')}
              value={product.what}
              onChange={(e) => setProduct({ ...product, what: e.currentTarget.value })}
              styles={touchInput}
            />
            <TextInput
              label={t('response.field.productWhere')}
              value={product.whereFound}
              onChange={(e) => setProduct({ ...product, whereFound: e.currentTarget.value })}
              styles={touchInput}
            />
            <TextInput
              label={t('response.field.productMaker')}
              value={product.maker}
              onChange={(e) => setProduct({ ...product, maker: e.currentTarget.value })}
              styles={touchInput}
            />
            <Checkbox
              label={t('response.field.productSeized')}
              checked={product.seized}
              onChange={(e) => setProduct({ ...product, seized: e.currentTarget.checked })}
            />
          </>
        )}
        <Checkbox
          label={t('response.field.sensitive')}
          checked={isSensitive}
          onChange={(e) => setSensitive(e.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone} h={TOUCH_HEIGHT}>
            {t('response.cancel')}
          </Button>
          <Button type="submit" loading={openCase.isPending} h={TOUCH_HEIGHT}>
            {t('response.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
