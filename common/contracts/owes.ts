import { z } from 'zod';
import { TaskRoleKind } from './plan-json.js';
import { IsoDate } from './primitives.js';

export { TaskRoleKind };

/** Kinds of dated reorganisation [sắp xếp] an agency goes through. */
export type SuccessionKind = 'rename' | 'merge' | 'split' | 'transfer' | 'dissolve';

/** One step of the explanation of why an agency holds a role ("the why"), shown to users. */
export const PathStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('direct'), agencyId: z.number(), name: z.string() }),
  z.object({ kind: z.literal('group'), groupId: z.number(), name: z.string(), referenceDate: IsoDate }),
  z.object({ kind: z.literal('open-group'), groupId: z.number(), name: z.string() }),
  z.object({
    kind: z.literal('succession'),
    eventId: z.number(),
    eventKind: z.enum(['rename', 'merge', 'split', 'transfer', 'dissolve']),
    effectiveOn: IsoDate,
    fromAgencyId: z.number(),
    fromName: z.string(),
    toAgencyId: z.number().nullable(),
    toName: z.string().nullable(),
    functions: z.array(z.string()),
  }),
]);
export type PathStep = z.infer<typeof PathStep>;

/** One duty an agency owes: a task, the role, and why it falls to this agency. */
export const Obligation = z.object({
  taskId: z.number(),
  /** The task role the duty comes from (a task may print several agencies for one role). */
  roleId: z.number(),
  code: z.string(),
  title: z.string(),
  role: TaskRoleKind,
  asPrinted: z.string(),
  path: z.array(PathStep),
  via: z.string(),
  viaKind: z.enum(['direct', 'group', 'succession']),
});
export type Obligation = z.infer<typeof Obligation>;
