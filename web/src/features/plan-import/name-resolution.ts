import type { NameResolution, NameTarget, ParsedPlan } from './plan-import.types';
import { ROLE_FIELDS } from './plan-import.types';

/** A suggestion scoring below this is no real candidate: the name is shown as unknown (red). */
export const WEAK_SUGGESTION_SCORE = 0.5;

/** A mapping the reviewer made: printed name → agency or group, with the registry name to show. */
export type ChosenTarget = NameTarget & { name: string; how: 'picked' | 'created' | 'alias' | 'group' };
export type NameTone = 'green' | 'amber' | 'red';

/** The key a printed name is matched under: NFC, single spaces (as the server's `asPrinted`). */
export function nameKey(printed: string): string {
  return printed.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** green: resolved or chosen; amber: a plausible suggestion to pick; red: nothing close. */
export function nameTone(resolution: NameResolution | undefined, chosen: ChosenTarget | undefined): NameTone {
  if (chosen || resolution?.status === 'resolved') return 'green';
  const best = resolution?.suggestions[0]?.score ?? 0;
  return resolution?.status === 'suggested' && best >= WEAK_SUGGESTION_SCORE ? 'amber' : 'red';
}

/** Every agency name printed in the plan's tasks, as printed, first occurrence first. */
export function printedNames(plan: ParsedPlan): string[] {
  const seen = new Set<string>();
  for (const task of plan.tasks) for (const { field } of ROLE_FIELDS) for (const name of task[field]) seen.add(name);
  return [...seen];
}

/** Distinct names by key (the first way each is printed), in document order. */
export function distinctNames(plan: ParsedPlan): string[] {
  const byKey = new Map<string, string>();
  for (const name of printedNames(plan)) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), nameKey(name));
  return [...byKey.values()];
}

/**
 * The `choices` sent on confirm: each name as printed in the tasks (the server matches choices on
 * the raw printed text) → the chosen target.
 */
export function buildChoices(plan: ParsedPlan, chosen: ReadonlyMap<string, ChosenTarget>): Record<string, NameTarget> {
  const choices: Record<string, NameTarget> = {};
  for (const printed of printedNames(plan)) {
    const target = chosen.get(nameKey(printed));
    if (target) choices[printed] = { type: target.type, id: target.id };
  }
  return choices;
}

/** The registry name a printed name shows as, or null while unresolved. */
export function resolvedName(resolution: NameResolution | undefined, chosen: ChosenTarget | undefined): string | null {
  return chosen?.name ?? (resolution?.status === 'resolved' ? (resolution.match?.name ?? null) : null);
}
