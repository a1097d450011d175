import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, QueryFlag } from './primitives.js';

// Focal officials (seed task 2.2), spokespersons (NĐ 09/2017) and who lacks them: the reporting
// feature's contacts, declared apart from the reports themselves.
const tags = ['reporting'];

export const FocalOfficialView = z.object({
  id: z.number(),
  agencyId: z.number(),
  kind: z.enum(['leader', 'officer']),
  fullName: z.string(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  userId: z.number().nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});
export const SpokespersonView = z.object({
  id: z.number(),
  agencyId: z.number(),
  fullName: z.string(),
  title: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});

const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+() .-]{6,20}$/, 'validation.phone')
  .nullable()
  .optional();
export const SetFocalOfficialBody = z.object({
  agencyId: z.number().int().positive(),
  kind: z.enum(['leader', 'officer']),
  fullName: z.string().trim().min(2).max(120),
  position: z.string().trim().max(200).nullable().optional(),
  phone: Phone,
  email: z.string().trim().email().max(200).nullable().optional(),
  userId: z.number().int().positive().nullable().optional(),
  validFrom: IsoDate,
});
export const SetSpokespersonBody = z.object({
  agencyId: z.number().int().positive(),
  fullName: z.string().trim().min(2).max(120),
  title: z.string().trim().min(2).max(200),
  phone: Phone,
  email: z.string().trim().email().max(200).nullable().optional(),
  validFrom: IsoDate,
});

export const ComplianceRow = z.object({
  agencyId: z.number(),
  agency: z.string(),
  tasksOwed: z.number(),
  needsSpokesperson: z.boolean(),
  leader: z.string().nullable(),
  officer: z.string().nullable(),
  spokesperson: z.string().nullable(),
  missing: z.array(z.enum(['leader', 'officer', 'spokesperson'])),
});

export const listPublicSpokespersons = endpoint({
  method: 'GET',
  path: '/api/reporting/spokespersons/public',
  summary: 'Danh sách người phát ngôn (công khai, NĐ 09/2017) / Public spokesperson list',
  tags,
  auth: 'public',
  query: z.object({
    asOf: IsoDate.optional(),
    /** The province's code (e.g. "tuyen-quang"); the deployment's default province when absent. */
    province: z.string().max(64).optional(),
  }),
  response: z.object({
    asOf: IsoDate,
    spokespersons: z.array(
      z.object({
        agency: z.string(),
        fullName: z.string(),
        title: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        since: IsoDate,
      }),
    ),
  }),
});

export const listContacts = endpoint({
  method: 'GET',
  path: '/api/reporting/contacts',
  summary: 'Cán bộ đầu mối và người phát ngôn / Focal officials and spokespersons',
  tags,
  query: z.object({ agencyId: Id.optional(), asOf: IsoDate.optional(), history: QueryFlag.optional() }),
  response: z.object({
    focalOfficials: z.array(FocalOfficialView),
    spokespersons: z.array(SpokespersonView),
    abilities: Abilities,
  }),
});

export const setFocalOfficial = endpoint({
  method: 'POST',
  path: '/api/reporting/focal-officials',
  summary: 'Cử cán bộ đầu mối (lãnh đạo, công chức) / Name a focal official from a date',
  tags,
  body: SetFocalOfficialBody,
  status: 201,
  response: z.object({ focalOfficial: FocalOfficialView, abilities: Abilities }),
});

export const setSpokesperson = endpoint({
  method: 'POST',
  path: '/api/reporting/spokespersons',
  summary: 'Cử người phát ngôn / Name a spokesperson from a date',
  tags,
  body: SetSpokespersonBody,
  status: 201,
  response: z.object({ spokesperson: SpokespersonView, abilities: Abilities }),
});

export const getCompliance = endpoint({
  method: 'GET',
  path: '/api/reporting/compliance',
  summary: 'Cơ quan nào thiếu đầu mối / người phát ngôn / Who lacks focal officials or a spokesperson',
  tags,
  response: z.object({
    today: IsoDate,
    planId: z.number().nullable(),
    agencies: z.array(ComplianceRow),
    summary: z.object({
      owing: z.number(),
      complete: z.number(),
      missingLeader: z.number(),
      missingOfficer: z.number(),
      missingSpokesperson: z.number(),
    }),
    abilities: Abilities,
  }),
});
