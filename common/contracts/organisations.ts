import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { Obligation } from './owes.js';
import { Abilities, Id, IsoDate, Timestamp } from './primitives.js';

const tags = ['organisations'];

/** Agency kinds [loại cơ quan]; a group's rule selects by kind. */
export const AGENCY_KINDS = [
  'department', // sở, ban, ngành thuộc UBND tỉnh
  'party-body', // cơ quan Đảng
  'mass-organisation', // tổ chức chính trị - xã hội, đoàn thể
  'province-committee', // UBND tỉnh
  'district-committee', // UBND huyện, thành phố thuộc tỉnh
  'commune-committee', // UBND xã, phường
  'press-agency', // cơ quan báo chí
  'armed-forces', // lực lượng vũ trang, công an
  'central-office', // cơ quan Trung ương đóng trên địa bàn
  'other',
] as const;
export const AgencyKind = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKind>;

/** Narrows a select box's value to an agency kind (null for anything else). */
export function asAgencyKind(value: string | null | undefined): AgencyKind | null {
  return AgencyKind.safeParse(value).data ?? null;
}

/** How an alias relates to the name: abbreviation, former name, spelling, as printed in a document. */
export const ALIAS_KINDS = ['abbreviation', 'former-name', 'spelling', 'as-printed'] as const;
export const AliasKind = z.enum(ALIAS_KINDS);
export type AliasKindName = z.infer<typeof AliasKind>;
/** Narrows a select box's value to an alias kind (null for anything else). */
export function asAliasKind(value: string | null | undefined): AliasKindName | null {
  return AliasKind.safeParse(value).data ?? null;
}

/** Kinds of dated reorganisation [sắp xếp]. */
export const SUCCESSION_KINDS = ['rename', 'merge', 'split', 'transfer', 'dissolve'] as const;
export const SuccessionKind = z.enum(SUCCESSION_KINDS);

/** An agency [cơ quan, đơn vị] of the registry. */
export const AgencyView = z.object({
  id: z.number(),
  name: z.string(),
  kind: AgencyKind,
  parentId: z.number().nullable(),
  province: z.string(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type AgencyView = z.infer<typeof AgencyView>;

export const AgencyAliasView = z.object({ id: z.number(), agencyId: z.number(), alias: z.string(), kind: AliasKind });
export const AgencyNameView = z.object({
  id: z.number(),
  agencyId: z.number(),
  name: z.string(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});

/** One reorganisation event as seen from one agency. */
export const AgencyHistoryEntry = z.object({
  eventId: z.number(),
  kind: SuccessionKind,
  effectiveOn: IsoDate,
  legalBasis: z.string().nullable(),
  note: z.string().nullable(),
  direction: z.enum(['incoming', 'outgoing']),
  from: z.object({ id: z.number(), name: z.string().nullable() }),
  to: z.object({ id: z.number(), name: z.string().nullable() }).nullable(),
  functions: z.array(z.string()),
});

const PlanRef = z.object({ id: z.number(), year: z.number(), title: z.string() });

/** The agency page: profile, names over time, aliases, reorganisations, groups and what it owes. */
export const AgencyProfile = z.object({
  agency: AgencyView.extend({ existsOnDate: z.boolean() }),
  names: z.array(AgencyNameView),
  aliases: z.array(AgencyAliasView),
  history: z.array(AgencyHistoryEntry),
  groups: z.array(z.object({ id: z.number(), name: z.string() })),
  asOf: IsoDate,
  plans: z.array(PlanRef),
  plan: PlanRef.nullable(),
  owes: z.array(Obligation),
  abilities: Abilities,
});
export type AgencyProfile = z.infer<typeof AgencyProfile>;

/** A group's rule: agency kinds (and provinces) on a date; explicit includes and excludes come on top. */
export const GroupRule = z.object({ kinds: z.array(AgencyKind).min(1), provinces: z.array(z.string()).optional() });

/** A group ("các sở, ban, ngành") with its aliases, explicit members and its members on a date. */
export const GroupView = z.object({
  id: z.number(),
  name: z.string(),
  isOpen: z.boolean(),
  rule: GroupRule.nullable(),
  province: z.string(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  version: z.number(),
  aliases: z.array(z.string()),
  includes: z.array(z.object({ id: z.number(), name: z.string() })),
  excludes: z.array(z.object({ id: z.number(), name: z.string() })),
  members: z.array(z.object({ id: z.number(), name: z.string() })),
});
export type GroupView = z.infer<typeof GroupView>;

export const SuccessionLinkInput = z.object({
  fromAgencyId: z.number().int().positive(),
  toAgencyId: z.number().int().positive().nullable(),
  functions: z.array(z.string().min(1).max(60)).max(20).default([]),
});

export const SuccessionEventBody = z.object({
  kind: SuccessionKind,
  effectiveOn: IsoDate,
  legalBasis: z.string().max(500).nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
  newName: z.string().trim().min(2).max(300).optional(),
  links: z.array(SuccessionLinkInput).min(1).max(200),
});
export type SuccessionEventBody = z.input<typeof SuccessionEventBody>;

export const SuccessionEventView = z.object({
  id: z.number(),
  kind: SuccessionKind,
  effectiveOn: IsoDate,
  legalBasis: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: Timestamp,
  links: z.array(
    z.object({
      id: z.number(),
      fromAgencyId: z.number(),
      toAgencyId: z.number().nullable(),
      functions: z.array(z.string()),
      fromName: z.string().nullable(),
      toName: z.string().nullable(),
    }),
  ),
});
export type SuccessionEventView = z.infer<typeof SuccessionEventView>;

const AgencyRef = z.object({ id: z.number(), name: z.string() });

/** One plan's tasks that would change hands if a reorganisation were recorded (each task once). */
export const SuccessionPreviewPlan = z.object({
  planId: z.number(),
  year: z.number(),
  title: z.string(),
  number: z.string().nullable(),
  status: z.enum(['draft', 'issued', 'archived']),
  /** Tasks a source agency holds the day before and no longer holds on the effective date. */
  moving: z.array(
    z.object({
      taskId: z.number(),
      code: z.string(),
      title: z.string(),
      roles: z.array(z.enum(['lead', 'coordinator', 'implementer', 'guide'])),
      from: z.array(AgencyRef),
      /** The successors that take it over; `alreadyHolds` when one of them already does this task. */
      to: z.array(AgencyRef.extend({ alreadyHolds: z.boolean() })),
    }),
  ),
  /** Tasks the sources keep (another function transferred, or a group they still belong to). */
  staying: z.array(z.object({ taskId: z.number(), code: z.string(), title: z.string() })),
});
export type SuccessionPreviewPlan = z.infer<typeof SuccessionPreviewPlan>;

export const CreateAgencyBody = z.object({
  name: z.string().trim().min(2).max(300),
  kind: AgencyKind,
  province: z.string().trim().min(2).max(100),
  parentId: z.number().int().positive().nullable().optional(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
  aliases: z
    .array(z.object({ alias: z.string().trim().min(1).max(300), kind: AliasKind }))
    .max(50)
    .optional(),
});
export type CreateAgencyBody = z.input<typeof CreateAgencyBody>;

export const UpdateAgencyBody = z.object({
  version: z.number().int().positive(),
  kind: AgencyKind.optional(),
  parentId: z.number().int().positive().nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
  validTo: IsoDate.nullable().optional(),
});
export type UpdateAgencyBody = z.input<typeof UpdateAgencyBody>;

export const AddAliasBody = z.object({
  alias: z.string().trim().min(1).max(300),
  kind: AliasKind.default('as-printed'),
});

const MemberIds = z.array(z.number().int().positive()).max(500);

export const CreateGroupBody = z.object({
  name: z.string().trim().min(2).max(300),
  province: z.string().trim().min(2).max(100),
  isOpen: z.boolean().default(false),
  rule: GroupRule.nullable().default(null),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  includes: MemberIds.default([]),
  excludes: MemberIds.default([]),
  validFrom: IsoDate.default('2000-01-01'),
});
export type CreateGroupBody = z.input<typeof CreateGroupBody>;

export const UpdateGroupBody = z.object({
  version: z.number().int().positive(),
  rule: GroupRule.nullable().optional(),
  includes: MemberIds.optional(),
  excludes: MemberIds.optional(),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
});
export type UpdateGroupBody = z.input<typeof UpdateGroupBody>;

/** A registry record a printed name may refer to. */
export const NameTarget = z.object({ type: z.enum(['agency', 'group']), id: z.number() });
export const NameMatch = NameTarget.extend({
  name: z.string(),
  via: z.enum(['name', 'former-name', 'alias']),
  province: z.string(),
  score: z.number(),
});
/** How a printed name resolves: green (resolved), amber (suggestions), red (unknown). */
export const NameResolution = z.object({
  asPrinted: z.string(),
  status: z.enum(['resolved', 'suggested', 'unknown']),
  match: NameMatch.nullable(),
  suggestions: z.array(NameMatch),
});
export type NameResolution = z.infer<typeof NameResolution>;

const IdParams = z.object({ id: Id });

export const listAgencies = endpoint({
  method: 'GET',
  path: '/api/agencies',
  summary: 'Danh sách cơ quan / Agencies the actor may read',
  tags,
  query: z.object({
    q: z.string().max(200).optional(),
    kind: AgencyKind.optional(),
    asOf: IsoDate.optional(),
    province: z.string().max(100).optional(),
  }),
  response: z.object({
    agencies: z.array(AgencyView.extend({ aliases: z.array(z.string()) })),
    abilities: Abilities,
  }),
});

export const createAgency = endpoint({
  method: 'POST',
  path: '/api/agencies',
  summary: 'Thêm cơ quan / Add an agency',
  tags,
  body: CreateAgencyBody,
  status: 201,
  response: z.object({ agency: AgencyView }),
});

export const resolveAgencyName = endpoint({
  method: 'GET',
  path: '/api/agencies/resolve',
  summary: 'Tìm cơ quan theo tên như in / Resolve a printed name',
  tags,
  query: z.object({ name: z.string().min(1).max(500), asOf: IsoDate.optional(), province: z.string().optional() }),
  response: NameResolution,
});

export const getAgency = endpoint({
  method: 'GET',
  path: '/api/agencies/:id',
  summary: 'Trang cơ quan / Agency profile and what it owes as of a date',
  tags,
  params: IdParams,
  query: z.object({ asOf: IsoDate.optional(), planId: Id.optional() }),
  response: AgencyProfile,
});

export const updateAgency = endpoint({
  method: 'PATCH',
  path: '/api/agencies/:id',
  summary: 'Sửa cơ quan / Edit an agency (with its version)',
  tags,
  params: IdParams,
  body: UpdateAgencyBody,
  response: z.object({ agency: AgencyView }),
});

export const addAgencyAlias = endpoint({
  method: 'POST',
  path: '/api/agencies/:id/aliases',
  summary: 'Thêm tên gọi khác / Add an alias',
  tags,
  params: IdParams,
  body: AddAliasBody,
  status: 201,
  response: z.object({ alias: z.object({ agencyId: z.number(), alias: z.string(), kind: AliasKind }) }),
});

export const listGroups = endpoint({
  method: 'GET',
  path: '/api/groups',
  summary: 'Nhóm cơ quan và thành viên vào một ngày / Groups and their members on a date',
  tags,
  query: z.object({ asOf: IsoDate.optional() }),
  response: z.object({ groups: z.array(GroupView), abilities: Abilities }),
});

export const createGroup = endpoint({
  method: 'POST',
  path: '/api/groups',
  summary: 'Thêm nhóm cơ quan / Add a group',
  tags,
  body: CreateGroupBody,
  status: 201,
  response: z.object({ group: GroupView }),
});

export const updateGroup = endpoint({
  method: 'PATCH',
  path: '/api/groups/:id',
  summary: 'Sửa quy tắc và thành viên của nhóm / Change a group’s rule, includes and excludes',
  tags,
  params: IdParams,
  body: UpdateGroupBody,
  response: z.object({ group: GroupView }),
});

export const listSuccessionEvents = endpoint({
  method: 'GET',
  path: '/api/succession-events',
  summary: 'Các lần sắp xếp tổ chức / Reorganisation events, newest first',
  tags,
  response: z.object({ events: z.array(SuccessionEventView), abilities: Abilities }),
});

export const previewSuccessionEvent = endpoint({
  method: 'POST',
  path: '/api/succession-events/preview',
  summary: 'Xem trước nhiệm vụ chuyển đi / Which duties would move (nothing is written)',
  tags,
  body: SuccessionEventBody,
  response: z.object({ effectiveOn: IsoDate, plans: z.array(SuccessionPreviewPlan) }),
});

export const recordSuccessionEvent = endpoint({
  method: 'POST',
  path: '/api/succession-events',
  summary: 'Ghi nhận sắp xếp tổ chức / Record a reorganisation',
  tags,
  body: SuccessionEventBody,
  status: 201,
  response: z.object({ event: SuccessionEventView }),
});
