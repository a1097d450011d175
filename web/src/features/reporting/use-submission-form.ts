import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as r from '@common/contracts/reporting';
import { ApiError, call, callUpload } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '@common/calendar/iso-date';
import { AutosaveQueue, type AutosaveState, type SaveOutcome } from './autosave-queue';
import { readUnsavedFigures, writeUnsavedFigures } from './cycle';
import { collectFigures, serverFigureProblems } from './figures';
import { checkEvidence, type EvidenceProblem } from './evidence-upload';
import { submissionKey } from './reporting.api';
import type { SubmissionView } from './reporting.types';
import { draftAsText, draftFromView, payloadOf, type SubmissionDraft } from './submission-draft';

export type Transition = 'request' | 'approve' | 'submit' | 'accept' | 'return';

const TRANSITIONS = {
  request: r.requestApproval,
  approve: r.approveReport,
  submit: r.submitReport,
  accept: r.acceptReport,
} as const;

/** The form's start: the server's report with the figures this device could not save laid over it. */
function startingDraft(view: SubmissionView): SubmissionDraft {
  const draft = draftFromView(view);
  if (!view.abilities.canEdit) return draft;
  return { ...draft, figures: { ...draft.figures, ...readUnsavedFigures(view.period.id, view.agencyId) } };
}

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
  const [draft, setDraftState] = useState<SubmissionDraft>(() => startingDraft(initial));
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
  const exclusive = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
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
        const put = (holdBack: ReadonlySet<string> | boolean) =>
          call(r.saveDraft, {
            params: { periodId, agencyId },
            body: payloadOf(serverRef.current, draftRef.current, versionRef.current, holdBack),
          });
        try {
          let view: SubmissionView;
          try {
            view = await put(true);
            setFigureErrors({});
          } catch (error) {
            const problems =
              error instanceof ApiError && error.code === 'INDICATOR_INVALID'
                ? serverFigureProblems(t, error.details)
                : {};
            if (Object.keys(problems).length === 0) throw error;
            // The texts and the other figures still deserve saving while one figure is refused.
            setFigureErrors(problems);
            view = await put(new Set(Object.keys(problems)));
          }
          acceptView(view);
          setSavedAt(formatDateTime(new Date()).slice(-5));
          setSaveError(null);
          return 'saved';
        } catch (error) {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            setConflict({
              currentVersion: Number(
                (error.details as { currentVersion?: number } | null)?.currentVersion ?? versionRef.current,
              ),
            });
            return 'conflict';
          }
          setSaveError(error);
          return 'error';
        }
      }),
    [exclusive, acceptView, periodId, agencyId, t],
  );

  const queueRef = useRef<AutosaveQueue | null>(null);
  if (!queueRef.current) queueRef.current = new AutosaveQueue(() => saveNow(), setSaveState, 1500);
  const queue = queueRef.current;
  useEffect(() => () => queue.dispose(), [queue]);

  // Figures that cannot be stored — wrong here or refused by the server — with their texts as typed.
  const unsavedFigures = useMemo(() => {
    const local = collectFigures(server.indicators, draft.figures).problems;
    const keys = new Set([...Object.keys(local), ...Object.keys(figureErrors)]);
    return Object.fromEntries([...keys].map((k) => [k, draft.figures[k] ?? '']));
  }, [server.indicators, draft.figures, figureErrors]);
  // Kept on this device, so a reload (or a closed phone) never loses what the person typed.
  useEffect(() => {
    if (server.abilities.canEdit) writeUnsavedFigures(periodId, agencyId, unsavedFigures);
  }, [unsavedFigures, server.abilities.canEdit, periodId, agencyId]);
  // Figures brought back from this device go to the server once, so it marks the ones it refuses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening the form
  useEffect(() => {
    if (Object.keys(readUnsavedFigures(periodId, agencyId)).length > 0 && initial.abilities.canEdit) queue.change();
  }, []);
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
      if (touchedFigure)
        setFigureErrors((e) =>
          touchedFigure in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== touchedFigure)) : e,
        );
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
    const view = await call(r.getSubmission, { params: { periodId, agencyId } });
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

  // Awaited by the transition, so its caller's notice never shows beside a board still as it was.
  const afterTransition = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reporting', 'periods'] }),
        queryClient.invalidateQueries({ queryKey: ['reporting', 'board', periodId] }),
      ]),
    [queryClient, periodId],
  );

  const transition = useCallback(
    async (action: Transition, body?: r.ReturnReportBody) => {
      if (!(await flush())) throw new ApiError(0, 'UNSAVED');
      const params = { id: serverRef.current.submission.id! };
      const view = await exclusive(() =>
        action === 'return'
          ? call(r.returnReport, { params, body: body ?? {} })
          : call(TRANSITIONS[action], { params }),
      );
      adopt(view);
      await afterTransition();
    },
    [flush, exclusive, adopt, afterTransition],
  );

  /** Checks, encodes and attaches an evidence file (creating the report first if needed). */
  const upload = useCallback(
    async (file: File, taskId?: number): Promise<EvidenceProblem | null> => {
      const problem = checkEvidence(file);
      if (problem) return problem;
      if (serverRef.current.submission.id === null) queue.change();
      if (!(await flush())) throw new ApiError(0, 'UNSAVED');
      const view = await exclusive(() =>
        callUpload(r.attachEvidence, { params: { id: serverRef.current.submission.id! }, body: { taskId } }, file),
      );
      acceptView(view);
      return null;
    },
    [queue, flush, exclusive, acceptView],
  );

  /** Uploads the agency's own plan document (the Q1 duty) to be parsed and linked, after saving pending edits. */
  const uploadOwnPlan = useCallback(
    async (file: File): Promise<void> => {
      if (serverRef.current.submission.id === null) queue.change();
      if (!(await flush())) throw new ApiError(0, 'UNSAVED');
      acceptView(
        await exclusive(() => callUpload(r.uploadOwnPlan, { params: { id: serverRef.current.submission.id! } }, file)),
      );
    },
    [queue, flush, exclusive, acceptView],
  );

  return {
    server,
    draft,
    update,
    saveState,
    savedAt,
    saveError,
    conflict,
    loadTheirs,
    keepMine,
    unsavedCopy,
    clearUnsavedCopy: () => setUnsavedCopy(null),
    figureErrors,
    unsavedFigureKeys: Object.keys(unsavedFigures),
    transition,
    upload,
    uploadOwnPlan,
    flush,
    retry: () => void queue.flush(),
  };
}

export type SubmissionForm = ReturnType<typeof useSubmissionForm>;
