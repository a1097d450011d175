import * as a from '@common/contracts/activities';
import { Alert, Anchor, Button, FileButton, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callUpload, fileUrl } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';

/** Bulk entry: the Excel template to download and the filled file to upload (all rows or none). */
export function ActivityImport({ agencyId }: { agencyId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => callUpload(a.importActivities, { body: { agencyId } }, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['activities'] }),
  });
  return (
    <>
      <Group gap="sm">
        <Anchor href={fileUrl(a.downloadActivityTemplate, {})} size="sm" className="ttdn-touch">
          {t('activities.template')}
        </Anchor>
        <FileButton onChange={(file) => file && upload.mutate(file)} accept=".xlsx">
          {(props) => (
            <Button {...props} variant="light" size="sm" loading={upload.isPending}>
              {t('activities.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      {upload.isSuccess && <Alert color="green">{t('activities.imported', { count: upload.data.created })}</Alert>}
      {upload.isError && (
        <Alert color="red" role="alert">
          {errorText(t, upload.error)}
        </Alert>
      )}
    </>
  );
}
