import { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from '../limits.js';
import { endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Year } from './primitives.js';

const tags = ['publications'];

/** Kinds of foreign-information publication. */
export const PublicationKind = z.enum(['book', 'leaflet', 'magazine', 'photo-book', 'video', 'other']);
export type PublicationKind = z.infer<typeof PublicationKind>;

/** Languages of a publication (the catalogue's language breakdown): Vietnamese, English, Chinese, Tày, Dao, Mông. */
export const PublicationLanguage = z.enum(['vi', 'en', 'zh', 'tay', 'dao', 'hmn']);
export type PublicationLanguage = z.infer<typeof PublicationLanguage>;

/** A publication as typed: the activity's facts (agency, task, title, date, cost) and its own. */
export const PublicationInput = z.object({
  agencyId: z.number().int().positive(),
  taskId: z.number().int().positive(),
  title: z.string().trim().min(3).max(500),
  kind: PublicationKind,
  publishedOn: IsoDate,
  /** Copies per language; the first is the main language (where the title is counted). */
  editions: z
    .array(z.object({ language: PublicationLanguage, copies: z.number().int().min(0).max(5_000_000) }))
    .min(1)
    .max(6)
    .refine((list) => new Set(list.map((e) => e.language)).size === list.length, {
      message: 'one edition per language',
    }),
  distribution: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  /** Whole đồng. */
  costDong: z.number().int().min(0).max(1_000_000_000_000).nullable().optional(),
});
export type PublicationInput = z.input<typeof PublicationInput>;

export const PublicationView = z.object({
  id: z.number(),
  activityId: z.number(),
  agencyId: z.number(),
  agency: z.string(),
  taskId: z.number(),
  taskCode: z.string(),
  title: z.string(),
  kind: PublicationKind,
  publishedOn: IsoDate,
  editions: z.array(z.object({ language: z.string(), copies: z.number() })),
  printRun: z.number(),
  distribution: z.array(z.string()),
  costDong: z.number().nullable(),
  files: z.array(z.object({ id: z.number(), filename: z.string() })),
});
export type PublicationView = z.infer<typeof PublicationView>;

export const ContestInput = z.object({
  name: z.string().trim().min(3).max(300),
  edition: z.string().trim().max(100).default(''),
  organiser: z.string().trim().max(300).default(''),
  year: z.number().int().min(2000).max(2100),
  taskId: z.number().int().positive().nullable().optional(),
  rounds: z
    .array(z.object({ name: z.string().trim().min(1).max(100), closesOn: IsoDate }))
    .max(24)
    .default([]),
});
export type ContestInput = z.input<typeof ContestInput>;

export const ContestEntryInput = z.object({
  round: z.string().trim().max(100).default(''),
  title: z.string().trim().min(2).max(500),
  author: z.string().trim().min(2).max(300),
  category: z.string().trim().max(100).default(''),
  agencyId: z.number().int().positive().nullable().optional(),
  sentOn: IsoDate,
});
export type ContestEntryInput = z.input<typeof ContestEntryInput>;

export const ContestView = z.object({
  id: z.number(),
  name: z.string(),
  edition: z.string(),
  organiser: z.string(),
  year: z.number(),
  taskId: z.number().nullable(),
  rounds: z.array(z.object({ name: z.string(), closesOn: IsoDate })),
  entries: z.array(
    z.object({
      id: z.number(),
      round: z.string(),
      title: z.string(),
      author: z.string(),
      category: z.string(),
      agencyId: z.number().nullable(),
      agency: z.string().nullable(),
      sentOn: IsoDate,
      result: z.string(),
    }),
  ),
  /** Entries with a prize, out of those sent. */
  awarded: z.number(),
});
export type ContestView = z.infer<typeof ContestView>;

export const listPublications = endpoint({
  method: 'GET',
  path: '/api/publications',
  summary: 'Ấn phẩm thông tin đối ngoại và cuộc thi của năm / A year’s publications and contests',
  tags,
  query: z.object({ year: Year.optional() }),
  response: z.object({
    year: z.number(),
    publications: z.array(PublicationView),
    contests: z.array(ContestView),
    abilities: Abilities,
  }),
});

export const recordPublication = endpoint({
  method: 'POST',
  path: '/api/publications',
  summary: 'Ghi nhận một ấn phẩm (cũng là một hoạt động) / Record a publication (also an activity)',
  tags,
  body: PublicationInput,
  status: 201,
  response: z.object({ publication: PublicationView }),
});

/** Files per publication (scans, the printed PDF, photographs). */
export const MAX_PUBLICATION_FILES = 5;

export const attachPublicationFile = endpoint({
  method: 'POST',
  path: '/api/publications/:id/files',
  summary: 'Đính kèm tệp cho ấn phẩm / Attach a file to a publication',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ filename: z.string().trim().min(1).max(255).optional() }),
  upload: { maxBytes: MAX_EVIDENCE_BYTES },
  status: 201,
  response: z.object({ publication: PublicationView }),
});

export const getPublicationFile = endpoint({
  method: 'GET',
  path: '/api/publications/:id/files/:fileId',
  summary: 'Tải tệp của ấn phẩm / Download a publication’s file',
  tags,
  params: z.object({ id: Id, fileId: Id }),
  response: { file: ['application/octet-stream'] },
});

export const createContest = endpoint({
  method: 'POST',
  path: '/api/contests',
  summary: 'Ghi nhận một cuộc thi (vòng thi) / Record a contest and its rounds',
  tags,
  body: ContestInput,
  status: 201,
  response: z.object({ contest: ContestView }),
});

export const addContestEntry = endpoint({
  method: 'POST',
  path: '/api/contests/:id/entries',
  summary: 'Tác phẩm tỉnh gửi dự thi / An entry the province sent',
  tags,
  params: z.object({ id: Id }),
  body: ContestEntryInput,
  status: 201,
  response: z.object({ contest: ContestView }),
});

export const setContestResult = endpoint({
  method: 'POST',
  path: '/api/contests/:id/entries/:entryId/result',
  summary: 'Kết quả của một tác phẩm dự thi / The result of an entry',
  tags,
  params: z.object({ id: Id, entryId: Id }),
  body: z.object({ result: z.string().trim().max(200) }),
  response: z.object({ contest: ContestView }),
});
