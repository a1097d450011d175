import { type Abilities, type Action, PROVINCE_WIDE_ROLES, abilitiesOf, type Role } from '../../common/permissions.js';
import type { Actor, SystemActor } from '../context.js';
import { AppError } from '../http/app-error.js';

/** May the actor perform the action at all (role level)? The system actor may do anything. */
export function can(actor: Actor | SystemActor, action: Action): boolean {
  if (actor.kind === 'system') return true;
  return abilitiesOf(actor.role)[action];
}

/** Does the actor read every agency's records, or only its own agency's? */
export function readsAllAgencies(actor: Actor | SystemActor): boolean {
  return actor.kind === 'system' || PROVINCE_WIDE_ROLES.includes(actor.role as Role);
}

/** Is this agency the actor's own (or one merged into it)? */
export function ownsAgency(actor: Actor | SystemActor, agencyId: number): boolean {
  return actor.kind === 'system' || actor.agencyScope.includes(agencyId);
}

/** Throws FORBIDDEN unless the actor may perform the action, on this agency's records if given. */
export function authorize(actor: Actor | SystemActor, action: Action, agencyId?: number): void {
  if (!can(actor, action)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này / You may not do this', { action });
  }
  if (agencyId !== undefined && !readsAllAgencies(actor) && !ownsAgency(actor, agencyId)) {
    throw new AppError('FORBIDDEN', 'Đây không phải dữ liệu của cơ quan bạn / This belongs to another agency', { action });
  }
}

/** The abilities shape sent to the UI for this actor. */
export function abilitiesFor(actor: Actor | SystemActor): Abilities {
  if (actor.kind === 'system') return abilitiesOf('admin');
  return abilitiesOf(actor.role);
}
