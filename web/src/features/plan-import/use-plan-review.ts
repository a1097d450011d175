import { useCallback, useEffect, useMemo, useState } from 'react';
import { distinctNames, nameKey, nameTone, type ChosenTarget } from './name-resolution';
import { resolveAgencyName } from './plan-import.api';
import type { NameResolution, ParsedPlan, ParsedTask, UploadAnswer } from './plan-import.types';

/** The reference date of a plan: its issue date, else 1 January of its year. */
export function planReferenceDate(plan: ParsedPlan): string | undefined {
  return plan.document.issuedOn ?? (plan.document.year ? `${plan.document.year}-01-01` : undefined);
}

/**
 * The editable state of the review screen: the plan as corrected so far, how each agency name
 * resolves (names typed in the review are looked up as they appear) and the reviewer's choices.
 */
export function usePlanReview(answer: UploadAnswer) {
  const [plan, setPlan] = useState<ParsedPlan>(answer.plan);
  const [resolutions, setResolutions] = useState<ReadonlyMap<string, NameResolution>>(
    () => new Map(answer.names.map((n) => [nameKey(n.asPrinted), n])),
  );
  const [chosen, setChosen] = useState<ReadonlyMap<string, ChosenTarget>>(new Map());
  const names = useMemo(() => distinctNames(plan), [plan]);

  // A name typed into a task's agency list is looked up in the registry once.
  useEffect(() => {
    const missing = names.filter((name) => !resolutions.has(name));
    if (missing.length === 0) return;
    let cancelled = false;
    void Promise.all(
      missing.map((name) => resolveAgencyName(name, answer.province, planReferenceDate(plan)).catch(() => null)),
    ).then((found) => {
      if (cancelled) return;
      setResolutions((current) => {
        const next = new Map(current);
        for (const [i, name] of missing.entries()) {
          next.set(name, found[i] ?? { asPrinted: name, status: 'unknown', match: null, suggestions: [] });
        }
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [names, resolutions, answer.province, plan]);

  const updateDocument = useCallback(
    (patch: Partial<ParsedPlan['document']>) => setPlan((p) => ({ ...p, document: { ...p.document, ...patch } })),
    [],
  );
  const updatePlan = useCallback(
    (patch: Partial<Omit<ParsedPlan, 'document' | 'tasks'>>) => setPlan((p) => ({ ...p, ...patch })),
    [],
  );
  const updateTask = useCallback(
    (code: string, patch: Partial<ParsedTask>) =>
      setPlan((p) => ({ ...p, tasks: p.tasks.map((task) => (task.code === code ? { ...task, ...patch } : task)) })),
    [],
  );
  const choose = useCallback((name: string, target: ChosenTarget | null) => {
    setChosen((current) => {
      const next = new Map(current);
      if (target) next.set(nameKey(name), target);
      else next.delete(nameKey(name));
      return next;
    });
  }, []);
  const pending = names.filter((name) => nameTone(resolutions.get(name), chosen.get(name)) !== 'green');
  return { plan, names, resolutions, chosen, pending, updateDocument, updatePlan, updateTask, choose };
}

export type PlanReview = ReturnType<typeof usePlanReview>;
