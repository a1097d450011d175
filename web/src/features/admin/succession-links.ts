import type { SuccessionEventInput, SuccessionKind } from '../../api/types';

/** What the "record event" form collects; which fields matter depends on the kind. */
export type SuccessionDraft = {
  kind: SuccessionKind;
  effectiveOn: string | null;
  legalBasis: string;
  note: string;
  sources: number[];
  targets: number[];
  functions: string[];
  newName: string;
};

/** Which fields the form shows for each kind of event. */
export function fieldsFor(kind: SuccessionKind) {
  return {
    manySources: kind === 'merge',
    targets:
      kind === 'merge' || kind === 'transfer'
        ? ('one' as const)
        : kind === 'split'
          ? ('many' as const)
          : ('none' as const),
    functions: kind === 'transfer' || kind === 'split',
    newName: kind === 'rename',
  };
}

/**
 * Turns the form into the API's body: merge n→1, split 1→n, transfer 1→1 with functions,
 * rename 1 (to itself) with the new name, dissolve 1→nobody. Null while something required is missing.
 */
export function buildSuccessionInput(draft: SuccessionDraft): SuccessionEventInput | null {
  const source = draft.sources[0];
  const target = draft.targets[0];
  if (!draft.effectiveOn || source === undefined) return null;
  const base = {
    kind: draft.kind,
    effectiveOn: draft.effectiveOn,
    legalBasis: draft.legalBasis.trim() || null,
    note: draft.note.trim() || null,
  };
  switch (draft.kind) {
    case 'rename':
      if (!draft.newName.trim()) return null;
      return {
        ...base,
        newName: draft.newName.trim(),
        links: [{ fromAgencyId: source, toAgencyId: source, functions: [] }],
      };
    case 'merge':
      if (target === undefined) return null;
      return {
        ...base,
        links: draft.sources.map((from) => ({ fromAgencyId: from, toAgencyId: target, functions: [] })),
      };
    case 'split':
      if (draft.targets.length < 2) return null;
      return {
        ...base,
        links: draft.targets.map((to) => ({ fromAgencyId: source, toAgencyId: to, functions: draft.functions })),
      };
    case 'transfer':
      if (target === undefined || draft.functions.length === 0) return null;
      return { ...base, links: [{ fromAgencyId: source, toAgencyId: target, functions: draft.functions }] };
    case 'dissolve':
      return { ...base, links: [{ fromAgencyId: source, toAgencyId: null, functions: [] }] };
  }
}
