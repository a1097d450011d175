import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Year } from './primitives.js';

const tags = ['calendar-events'];

/** Content type of the iCal feed. */
export const ICAL_TYPE = 'text/calendar';

/** A festival as stored, for the coordinator's edit form. */
export const FestivalRecord = z.object({
  id: z.number(),
  version: z.number(),
  name: z.string(),
  calendar: z.enum(['solar', 'lunar']),
  month: z.number(),
  day: z.number(),
  days: z.number(),
  place: z.string(),
  organiserId: z.number().nullable(),
});
export type FestivalRecord = z.infer<typeof FestivalRecord>;

/** A campaign as stored, for the coordinator's edit form (outputs by agency id and indicator code). */
export const CampaignRecord = z.object({
  id: z.number(),
  version: z.number(),
  title: z.string(),
  anniversaryKey: z.string().nullable(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  description: z.string(),
  outputs: z.array(z.object({ agencyId: z.number(), code: z.string(), expected: z.number() })),
});
export type CampaignRecord = z.infer<typeof CampaignRecord>;

/** A dated thing of the foreign-information year: an anniversary, a festival or a campaign. */
export const Milestone = z.object({
  key: z.string(),
  kind: z.enum(['anniversary', 'festival', 'campaign']),
  date: IsoDate,
  endsOn: IsoDate,
  title: z.string(),
  /** Anniversaries: years since the event; "tròn năm" (multiple of 5) and multiple of 10. */
  years: z.number().nullable(),
  round: z.boolean(),
  decade: z.boolean(),
  /** Festivals on a lunar date: "10/3 âm lịch". */
  lunar: z.string().nullable(),
  place: z.string(),
  /** Campaigns: what each press agency is expected to produce, and what its activities in the campaign's dates came to. */
  outputs: z.array(
    z.object({ agency: z.string(), indicator: z.string(), unit: z.string(), expected: z.number(), actual: z.number() }),
  ),
  /** The stored festival or campaign behind the milestone (null for anniversaries, which are national facts). */
  festival: FestivalRecord.nullable(),
  campaign: CampaignRecord.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const listMilestones = endpoint({
  method: 'GET',
  path: '/api/events/milestones',
  summary: 'Các mốc trong năm / The year’s anniversaries, festivals and campaigns',
  tags,
  query: z.object({ year: Year.optional() }),
  response: z.object({ year: z.number(), milestones: z.array(Milestone), abilities: Abilities }),
});

export const FestivalInput = z.object({
  name: z.string().trim().min(3).max(300),
  calendar: z.enum(['solar', 'lunar']),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  days: z.number().int().min(1).max(30).default(1),
  place: z.string().trim().max(300).default(''),
  organiserId: z.number().int().positive().nullable().optional(),
});
export type FestivalInput = z.input<typeof FestivalInput>;

export const createFestival = endpoint({
  method: 'POST',
  path: '/api/events/festivals',
  summary: 'Thêm lễ hội của tỉnh / Add a provincial festival (solar or lunar date)',
  tags,
  body: FestivalInput,
  status: 201,
  response: z.object({ id: z.number() }),
});

export const CampaignInput = z.object({
  title: z.string().trim().min(3).max(500),
  anniversaryKey: z.string().max(60).nullable().optional(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  description: z.string().trim().max(4000).default(''),
  outputs: z
    .array(
      z.object({ agencyId: z.number().int().positive(), code: z.string().min(1).max(60), expected: z.number().min(0) }),
    )
    .max(200)
    .default([]),
});
export type CampaignInput = z.input<typeof CampaignInput>;

export const createCampaign = endpoint({
  method: 'POST',
  path: '/api/events/campaigns',
  summary: 'Tạo đợt tuyên truyền / Create a campaign with expected outputs per press agency',
  tags,
  body: CampaignInput,
  status: 201,
  response: z.object({ id: z.number() }),
});

const Versioned = z.object({ version: z.number().int().min(1) });

export const updateFestival = endpoint({
  method: 'PUT',
  path: '/api/events/festivals/:id',
  summary: 'Sửa lễ hội / Change a festival (with the version it was read at)',
  tags,
  params: z.object({ id: Id }),
  body: FestivalInput.extend(Versioned.shape),
  response: z.object({ id: z.number(), version: z.number() }),
});

export const deleteFestival = endpoint({
  method: 'DELETE',
  path: '/api/events/festivals/:id',
  summary: 'Xoá lễ hội / Remove a festival (with the version it was read at)',
  tags,
  params: z.object({ id: Id }),
  query: z.object({ version: z.coerce.number().int().min(1) }),
  response: z.object({ removed: z.number() }),
});

export const updateCampaign = endpoint({
  method: 'PUT',
  path: '/api/events/campaigns/:id',
  summary: 'Sửa đợt tuyên truyền / Change a campaign and its expected outputs (with the version it was read at)',
  tags,
  params: z.object({ id: Id }),
  body: CampaignInput.extend(Versioned.shape),
  response: z.object({ id: z.number(), version: z.number() }),
});

export const deleteCampaign = endpoint({
  method: 'DELETE',
  path: '/api/events/campaigns/:id',
  summary: 'Xoá đợt tuyên truyền / Remove a campaign (with the version it was read at)',
  tags,
  params: z.object({ id: Id }),
  query: z.object({ version: z.coerce.number().int().min(1) }),
  response: z.object({ removed: z.number() }),
});

export const createFeedToken = endpoint({
  method: 'POST',
  path: '/api/events/feed-tokens',
  summary: 'Tạo đường dẫn lịch (iCal) / A subscribable calendar link for the reader or their agency',
  tags,
  body: z.object({ scope: z.enum(['user', 'agency']) }),
  status: 201,
  response: z.object({ path: z.string(), scope: z.enum(['user', 'agency']) }),
});

/** One of the reader's calendar links, as their list shows it (the secret itself is never shown again). */
export const FeedTokenView = z.object({
  id: z.number(),
  scope: z.enum(['user', 'agency']),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const listFeedTokens = endpoint({
  method: 'GET',
  path: '/api/events/feed-tokens',
  summary: 'Các đường dẫn lịch của tôi / My calendar links (not revoked)',
  tags,
  response: z.object({ tokens: z.array(FeedTokenView) }),
});

export const revokeFeedToken = endpoint({
  method: 'DELETE',
  path: '/api/events/feed-tokens/:id',
  summary: 'Thu hồi đường dẫn lịch / Revoke one of my calendar links: it stops working at once',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ revoked: z.number() }),
});

export const calendarFeed = endpoint({
  method: 'GET',
  path: '/api/events/feed/:token',
  summary: 'Lịch iCal (đường dẫn bí mật) / The iCal feed of a secret link (no cookie: phones subscribe to it)',
  tags,
  auth: 'public',
  params: z.object({ token: z.string().min(20).max(200) }),
  response: { file: [ICAL_TYPE] },
});
