import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { TOUCH_HEIGHT } from './touch';

/** The stored version a VERSION_CONFLICT reports, or null for any other failure. */
export function conflictVersion(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'VERSION_CONFLICT') return null;
  const version = Number(error.params.currentVersion);
  return Number.isInteger(version) && version > 0 ? version : null;
}

/**
 * Someone saved the record while this form was open: the typed values stay in the form, and the
 * person chooses to save theirs over it or to take the version just saved.
 */
export function VersionConflictAlert({
  error,
  busy,
  onKeepMine,
  onLoadTheirs,
}: {
  error: unknown;
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const { t } = useI18n();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('error.title')} data-testid="version-conflict">
      <Text size="sm">{errorText(t, error)}</Text>
      <Group gap="xs" mt="xs">
        <Button color="orange" h={TOUCH_HEIGHT} onClick={onKeepMine} loading={busy}>
          {t('versionConflict.keepMine')}
        </Button>
        <Button variant="default" h={TOUCH_HEIGHT} onClick={onLoadTheirs} disabled={busy}>
          {t('versionConflict.loadTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * The state of a form that edits a versioned record: the typed values, the version they were
 * read at, and the two ways out of a VERSION_CONFLICT (save over it, or load the newer record).
 */
export function useVersionedEdit<V>({
  initialValues,
  initialVersion,
  error,
  reset,
}: {
  initialValues: () => V;
  initialVersion: number;
  /** The save mutation's error: a VERSION_CONFLICT turns on the conflict choices. */
  error: unknown;
  /** Clears the save mutation's error once the newer record is loaded. */
  reset: () => void;
}) {
  const [values, setValues] = useState<V>(initialValues);
  const [version, setVersion] = useState(initialVersion);
  const [loading, setLoading] = useState(false);
  const conflict = conflictVersion(error);
  const change = (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch }));
  /** Saves the typed values over the version someone else saved. */
  const keepMine = (save: (atVersion: number) => void) => {
    if (conflict === null) return;
    setVersion(conflict);
    save(conflict);
  };
  /** Replaces the typed values with the record as it is stored now (null: it is gone from the list). */
  const loadTheirs = async (read: () => Promise<{ values: V; version: number } | null>) => {
    setLoading(true);
    try {
      const current = await read();
      if (current) {
        setValues(current.values);
        setVersion(current.version);
      }
      reset();
    } finally {
      setLoading(false);
    }
  };
  return { values, change, version, conflict, loading, keepMine, loadTheirs };
}

/** The conflict choices when the save met a newer version, else the save's error (if any). */
export function SaveProblem({
  error,
  conflict,
  busy,
  onKeepMine,
  onLoadTheirs,
}: {
  error: unknown;
  conflict: number | null;
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  if (conflict !== null) {
    return <VersionConflictAlert error={error} busy={busy} onKeepMine={onKeepMine} onLoadTheirs={onLoadTheirs} />;
  }
  return error ? <ErrorAlert error={error} /> : null;
}
