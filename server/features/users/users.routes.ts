import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/users.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { assignableRoles, createUser } from './create-user.js';
import { resetUserPassword, updateUser } from './update-user.js';
import { listUsers } from './users.queries.js';

/** Account administration: list, create, change role/agency/active, reset a password. */
export function registerUserRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listUsers, async (_, ctx) => ({
    users: await listUsers(ctx),
    roles: await assignableRoles(ctx.db),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createUser, async ({ body }, ctx) => ({
    user: await createUser(ctx, body),
  }));
  registerEndpoint(app, services, contract.updateUser, async ({ params, body }, ctx) => ({
    user: await updateUser(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.resetUserPassword, async ({ params, body }, ctx) => ({
    user: await resetUserPassword(ctx, params.id, body.password),
  }));
}
