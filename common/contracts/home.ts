import { z } from 'zod';
import { YearTrack } from './budget.js';
import { endpoint } from './endpoint.js';
import { Abilities, IsoDate, Role, Timestamp } from './primitives.js';
import { PeriodView, Rates, RegimeKind, SubmissionStatus, TimelinessClass } from './reporting.js';

const tags = ['home'];

/**
 * Why a report is on someone's list: returned for correction, overdue, due, awaiting the leader's
 * approval, approved and awaiting sending, sent and awaiting the coordinator's review.
 */
export const WorkKind = z.enum(['returned', 'overdue', 'due', 'awaiting-approval', 'awaiting-send', 'awaiting-review']);
export type WorkKind = z.infer<typeof WorkKind>;

/** One report on a home page's list, with what the reader has to do about it. */
export const WorkItem = z.object({
  kind: WorkKind,
  periodId: z.number(),
  periodLabel: z.string(),
  periodKind: RegimeKind,
  periodYear: z.number(),
  agencyId: z.number(),
  agency: z.string(),
  status: SubmissionStatus.nullable(),
  timeliness: TimelinessClass,
  /** The due date in force: the period's, or the agency's extension. */
  dueOn: IsoDate,
  extended: z.boolean(),
  /** Entry is closed (locked after the grace days, no extension): only an extension reopens it. */
  locked: z.boolean(),
  submittedAt: Timestamp.nullable(),
  /** When the coordinator last returned it (a report being corrected reads "returned", not "sent"). */
  returnedAt: Timestamp.nullable(),
});
export type WorkItem = z.infer<typeof WorkItem>;

/** An indicator's total this period against the same period a year before. */
export const FigureAgainstLastYear = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string(),
  unitEn: z.string().nullable(),
  total: z.number(),
  previous: z.number().nullable(),
});

/** "Are we on track": reports in, on time, tasks reported on, figures against last year. */
export const TrackView = z.object({
  period: PeriodView,
  rates: Rates,
  /** Tasks of the period with at least one line in a sent report, out of the tasks owed. */
  tasksReported: z.number(),
  tasksOwed: z.number(),
  tasksDone: z.number(),
  /** The same kind of period a year before, for comparison (null when the system lacks it). */
  lastYear: z.object({ period: PeriodView, rates: Rates }).nullable(),
  figures: z.array(FigureAgainstLastYear),
});
export type TrackView = z.infer<typeof TrackView>;

/** Why an account is on the administrator's list: locked after failed sign-ins, no e-mail, new this week. */
export const AccountWorkKind = z.enum(['locked', 'no-email', 'new']);
export type AccountWorkKind = z.infer<typeof AccountWorkKind>;

/** An account that needs the administrator: what is the matter and since when. */
export const AccountWorkItem = z.object({
  kind: AccountWorkKind,
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** Locked until, or created at. */
  at: Timestamp.nullable(),
});
export type AccountWorkItem = z.infer<typeof AccountWorkItem>;

/** The administrator's own work: accounts needing attention, out of the province's active accounts. */
export const AccountsWork = z.object({ active: z.number(), items: z.array(AccountWorkItem) });

/** Why a province's report is on the ministry's list: sent and awaiting review, or returned and awaited again. */
export const UpwardWorkKind = z.enum(['awaiting-review', 'returned']);

/** A province's report upward that needs the ministry (or that it waits on). */
export const UpwardWorkItem = z.object({
  kind: UpwardWorkKind,
  reportId: z.number(),
  province: z.string(),
  periodLabel: z.string(),
  version: z.number(),
  submittedAt: Timestamp,
  returnedAt: Timestamp.nullable(),
  ministryDueOn: IsoDate,
});
export type UpwardWorkItem = z.infer<typeof UpwardWorkItem>;

/** The ministry's own work: reports to review first, then the returned ones it waits on. */
export const UpwardWork = z.object({ items: z.array(UpwardWorkItem), accepted: z.number() });

/** A home page: the reader's own work first, by role. */
export const HomeView = z.object({
  today: IsoDate,
  role: Role,
  agency: z.object({ id: z.number(), name: z.string() }).nullable(),
  plan: z.object({ id: z.number(), year: z.number(), title: z.string(), number: z.string().nullable() }).nullable(),
  /** Agency staff: their reports needing action. Coordinators: reports awaiting review, agencies overdue. */
  work: z.array(WorkItem),
  /** The period in progress (the latest one due, not closed) with its rates: coordinators and leaders. */
  current: z.object({ period: PeriodView, rates: Rates }).nullable(),
  /** Province leaders: are we on track. */
  track: TrackView.nullable(),
  /** Administrators: the accounts that need them. */
  accounts: AccountsWork.nullable(),
  /** The ministry: provinces' reports to review and those returned. */
  upward: UpwardWork.nullable(),
  /** Province leaders: the year so far — tasks with activity, indicators, money, overdue reports, open cases. */
  yearTrack: YearTrack.nullable().optional(),
  abilities: Abilities,
});
export type HomeView = z.infer<typeof HomeView>;

export const getHome = endpoint({
  method: 'GET',
  path: '/api/home',
  summary: 'Trang đầu của người dùng: việc của mình theo vai trò / The reader’s own work, by role',
  tags,
  response: HomeView,
});
