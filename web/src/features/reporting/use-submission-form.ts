import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/dates';
import { AutosaveQueue, type AutosaveState, type SaveOutcome } from './autosave-queue';
import { serverFigureProblems } from './figures';
import { bytesToBase64, checkEvidence, type EvidenceProblem } from './evidence-upload';
import { submissionKey, submissionPath } from './reporting.api';
import type { SubmissionView } from './reporting.types';
import { draftAsText, draftFromView, payloadOf, type SubmissionDraft } from './submission-draft';

export type Transition = 'approve' | 'submit' | 'accept' | 'return';

/**
 * The report form's state and its conversation with the server: autosave (debounced, one save at
 * a time, with the version check), conflicts that never lose text, evidence uploads and the
 * approve / submit / return / accept transitions — all serialised so versions never race.
 */
export function useSubmissionForm(initial: SubmissionView) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const periodId = initial.period.id;
  const agencyId = initial.agencyId;
  const [server, setServer] = useState(initial);
  const [draft, setDraftState] = useState<SubmissionDraft>(() => draftFromView(initial));
  const [saveState, setSaveState] = useState<AutosaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number } | null>(null);
  const [unsavedCopy, setUnsavedCopy] = useState<string | null>(null);
  const [figureErrors, setFigureErrors] = useState<Record<string, string>>({});
  const draftRef = useRef(draft);
  const serverRef = useRef(server);
  const versionRef = useRef(initial.submission.version);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  /** Runs `work` after everything already queued (saves, uploads, transitions). */
  const exclusive = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(work, work);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);

  const acceptView = useCallback(
    (view: SubmissionView) => {
      serverRef.current = view;
      versionRef.current = view.submission.version;
      setServer(view);
      queryClient.setQueryData(submissionKey(periodId, agencyId), view);
    },
    [queryClient, periodId, agencyId],
  );

  const saveNow = useCallback(
    (): Promise<SaveOutcome> =>
      exclusive(async () => {
        const put = (withFigures: boolean) => api.put<SubmissionView>(submissionPath(periodId, agencyId), payloadOf(serverRef.current, draftRef.current, versionRef.current, withFigures));
        try {
          let view: SubmissionView;
          try {
            view = await put(true);
            setFigureErrors({});
          } catch (error) {
            const problems = error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? serverFigureProblems(error.details) : {};
            if (Object.keys(problems).length === 0) throw error;
            // The texts still deserve saving while a figure is refused.
            setFigureErrors(problems);
            view = await put(false);
          }
          acceptView(view);
          setSavedAt(formatDateTime(new Date()).slice(-5));
          setSaveError(null);
          return 'saved';
        } catch (error) {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            setConflict({ currentVersion: Number((error.details as { currentVersion?: number } | null)?.currentVersion ?? versionRef.current) });
            return 'conflict';
          }
          setSaveError(error);
          return 'error';
        }
      }),
    [exclusive, acceptView, periodId, agencyId],
  );

  const queueRef = useRef<AutosaveQueue | null>(null);
  if (!queueRef.current) queueRef.current = new AutosaveQueue(() => saveNow(), setSaveState, 1500);
  const queue = queueRef.current;
  useEffect(() => () => queue.dispose(), [queue]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.hasPending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [queue]);

  /** Applies a change to the draft and schedules the autosave. */
  const update = useCallback(
    (change: (d: SubmissionDraft) => SubmissionDraft, touchedFigure?: string) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraftState(next);
      if (touchedFigure) setFigureErrors((e) => (touchedFigure in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== touchedFigure)) : e));
      queue.change();
    },
    [queue],
  );

  const adopt = useCallback(
    (view: SubmissionView) => {
      acceptView(view);
      const fresh = draftFromView(view);
      draftRef.current = fresh;
      setDraftState(fresh);
      queue.reset();
      setConflict(null);
      setFigureErrors({});
    },
    [acceptView, queue],
  );

  /** Conflict: load the other person's version, keeping one's own text visible to copy. */
  const loadTheirs = useCallback(async () => {
    setUnsavedCopy(draftAsText(t, serverRef.current, draftRef.current));
    const view = await api.get<SubmissionView>(submissionPath(periodId, agencyId));
    adopt(view);
  }, [adopt, t, periodId, agencyId]);

  /** Conflict: keep one's own text and save it over the other version. */
  const keepMine = useCallback(() => {
    if (conflict) versionRef.current = conflict.currentVersion;
    setConflict(null);
    queue.resume(true);
  }, [conflict, queue]);

  /** Saves pending text first; false when it could not be saved. */
  const flush = useCallback(async () => {
    const outcome = await queue.flush();
    return outcome === 'saved' || outcome === 'idle';
  }, [queue]);

  const afterTransition = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['reporting', 'periods'] });
    void queryClient.invalidateQueries({ queryKey: ['reporting', 'board', periodId] });
  }, [queryClient, periodId]);

  const transition = useCallback(
    async (action: Transition, body?: unknown) => {
      if (!(await flush())) throw new ApiError(0, 'UNSAVED', 'unsaved');
      const view = await exclusive(() => api.post<SubmissionView>(`/api/reporting/submissions/${serverRef.current.submission.id}/${action}`, body));
      adopt(view);
      afterTransition();
    },
    [flush, exclusive, adopt, afterTransition],
  );

  /** Checks, encodes and attaches an evidence file (creating the report first if needed). */
  const upload = useCallback(
    async (file: File, taskId?: number): Promise<EvidenceProblem | null> => {
      const problem = checkEvidence(file);
      if (problem) return problem;
      if (serverRef.current.submission.id === null) queue.change();
      if (!(await flush())) throw new ApiError(0, 'UNSAVED', 'unsaved');
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const view = await exclusive(() => api.post<SubmissionView & { attachmentId: number }>(`/api/reporting/submissions/${serverRef.current.submission.id}/files`, { filename: file.name, contentBase64, taskId }));
      acceptView(view);
      return null;
    },
    [queue, flush, exclusive, acceptView],
  );

  /** Uploads the agency's own plan document (the Q1 duty) to be parsed and linked, after saving pending edits. */
  const uploadOwnPlan = useCallback(
    async (file: File): Promise<void> => {
      if (serverRef.current.submission.id === null) queue.change();
      if (!(await flush())) throw new ApiError(0, 'UNSAVED', 'unsaved');
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      acceptView(await exclusive(() => api.post<SubmissionView>(`/api/reporting/submissions/${serverRef.current.submission.id}/own-plan`, { filename: file.name, contentBase64 })));
    },
    [queue, flush, exclusive, acceptView],
  );

  return { server, draft, update, saveState, savedAt, saveError, conflict, loadTheirs, keepMine, unsavedCopy, clearUnsavedCopy: () => setUnsavedCopy(null), figureErrors, transition, upload, uploadOwnPlan, flush, retry: () => void queue.flush() };
}

export type SubmissionForm = ReturnType<typeof useSubmissionForm>;
