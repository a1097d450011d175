import { type Abilities, type Action, PROVINCE_WIDE_ROLES, abilitiesOf, type Role } from '../../common/permissions.js';
import type { Actor, SystemActor } from '../context.js';
import { AppError } from '../../common/errors.js';

let recording: AuthorizationCheck[] | null = null;

function roleAllows(actor: Actor | SystemActor, action: Action): boolean {
  return actor.kind === 'system' || abilitiesOf(actor.role)[action];
}

/** May the actor perform the action at all (role level)? The system actor may do anything. */
export function can(actor: Actor | SystemActor, action: Action): boolean {
  const allowed = roleAllows(actor, action);
  if (actor.kind !== 'system') recording?.push({ by: 'can', action, allowed });
  return allowed;
}

/** Does the actor read every agency's records, or only its own agency's? */
export function readsAllAgencies(actor: Actor | SystemActor): boolean {
  return actor.kind === 'system' || PROVINCE_WIDE_ROLES.includes(actor.role as Role);
}

/** Is this agency the actor's own (or one merged into it)? */
export function ownsAgency(actor: Actor | SystemActor, agencyId: number): boolean {
  return actor.kind === 'system' || actor.agencyScope.includes(agencyId);
}

/** One policy decision, as the route-table matrix test records it. */
export type AuthorizationCheck = { by: 'can' | 'authorize'; action: Action; agencyId?: number; allowed: boolean };

/**
 * Appends every later decision of `authorize` to `into` (null stops): how the route × role × agency
 * matrix test generates its matrix from the running routes, one request at a time, instead of a
 * hand-written table. (Not an AsyncLocalStorage: PGlite's fair gate runs queued work outside the
 * request's async context.)
 */
export function recordAuthorization(into: AuthorizationCheck[] | null): void {
  recording = into;
}

/** Throws FORBIDDEN unless the actor may perform the action, on this agency's records if given. */
export function authorize(actor: Actor | SystemActor, action: Action, agencyId?: number): void {
  const allowedByRole = roleAllows(actor, action);
  const outsideAgency =
    allowedByRole && agencyId !== undefined && !readsAllAgencies(actor) && !ownsAgency(actor, agencyId);
  if (actor.kind !== 'system')
    recording?.push({ by: 'authorize', action, agencyId, allowed: allowedByRole && !outsideAgency });
  if (!allowedByRole) throw new AppError('FORBIDDEN').with({ action });
  if (outsideAgency) throw new AppError('NOT_OWN_AGENCY').with({ action });
}

/** The abilities shape sent to the UI for this actor. */
export function abilitiesFor(actor: Actor | SystemActor): Abilities {
  if (actor.kind === 'system') return abilitiesOf('admin');
  return abilitiesOf(actor.role);
}

/** Throws NOT_OWN_AGENCY unless the agency is the actor's own, whatever the role: for steps only that agency takes. */
export function authorizeOwnAgency(actor: Actor | SystemActor, action: Action, agencyId: number): void {
  const allowed = ownsAgency(actor, agencyId);
  if (actor.kind !== 'system') recording?.push({ by: 'authorize', action, agencyId, allowed });
  if (!allowed) throw new AppError('NOT_OWN_AGENCY').with({ action });
}
