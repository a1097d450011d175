/** Shapes of the API's answers, as the server sends them (see server/features/**). */
import type { PathStep, SuccessionKind } from '../../../common/contracts/owes';
import type { Abilities } from '../../../common/permissions';

export type { Abilities };

export type User = {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  role: 'admin' | 'coordinator' | 'agency-officer' | 'agency-leader' | 'viewer';
  agencyId: number | null;
  agencyScope: number[];
};

export type Me = { user: User; csrfToken: string; abilities: Abilities; today: string };
export type LoginAnswer = { user: User; csrfToken: string; abilities: Abilities };

export type PlanSummary = {
  id: number;
  year: number;
  title: string;
  kind: string;
  number: string | null;
  status: 'draft' | 'issued' | 'archived';
  province: string;
  issuedOn: string | null;
};

export type LegalBasis = { id: number; position: number; symbol: string | null; kind: string | null; date: string | null; issuer: string | null };

export type PlanDetail = PlanSummary & {
  issuer: string | null;
  signer: { name: string | null; position: string | null; authority: string | null } | null;
  reportingDeadlines: Array<{ kind: 'agency-plan' | 'semiannual' | 'annual'; due: string }>;
  recipients: string[];
  warnings: string[];
  legalBases: LegalBasis[];
  version?: number;
  sourceAttachmentId?: number | null;
};

export type { PathStep, SuccessionKind };

export type Obligation = {
  taskId: number;
  code: string;
  title: string;
  role: 'lead' | 'coordinator' | 'implementer' | 'guide';
  asPrinted: string;
  path: PathStep[];
  via: string;
  viaKind: 'direct' | 'group' | 'succession';
};

export type TaskRoleChip = {
  id: number;
  role: Obligation['role'];
  asPrinted: string;
  target: { type: 'agency' | 'group'; id: number; name: string } | null;
};

export type PlanTask = {
  id: number;
  code: string;
  parentId: number | null;
  depth: number;
  title: string;
  content: string;
  timeframe: { kind: string | null; text: string | null; due: string | null };
  isContext: boolean;
  roles: TaskRoleChip[];
  owed: Obligation[];
};

export type PlanTree = {
  plan: PlanDetail;
  asOf: string;
  agencyId: number | null;
  scoped: boolean;
  totalTasks: number;
  tasks: PlanTask[];
  abilities: Abilities;
};

export type Agency = {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
  province: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  version: number;
};

export type AgencyAlias = { id: number; agencyId: number; alias: string; kind: string };
export type AgencyName = { id: number; agencyId: number; name: string; validFrom: string; validTo: string | null };

export type AgencyHistoryEntry = {
  eventId: number;
  kind: SuccessionKind;
  effectiveOn: string;
  legalBasis: string | null;
  note: string | null;
  direction: 'incoming' | 'outgoing';
  from: { id: number; name: string | null };
  to: { id: number; name: string | null } | null;
  functions: string[];
};

export type AgencyProfile = {
  agency: Agency & { existsOnDate: boolean };
  names: AgencyName[];
  aliases: AgencyAlias[];
  history: AgencyHistoryEntry[];
  groups: Array<{ id: number; name: string }>;
  asOf: string;
  plans: Array<{ id: number; year: number; title: string }>;
  plan: { id: number; year: number; title: string } | null;
  owes: Obligation[];
  abilities: Abilities;
};

export type AgencyGroup = {
  id: number;
  name: string;
  isOpen: boolean;
  rule: { kinds: string[]; provinces?: string[] } | null;
  province: string;
  validFrom: string;
  validTo: string | null;
  aliases: string[];
  members: Array<{ id: number; name: string }>;
};

export type SuccessionEvent = {
  id: number;
  kind: SuccessionKind;
  effectiveOn: string;
  legalBasis: string | null;
  note: string | null;
  links: Array<{ id: number; fromAgencyId: number; toAgencyId: number | null; functions: string[]; fromName: string | null; toName: string | null }>;
};

export type SuccessionEventInput = {
  kind: SuccessionEvent['kind'];
  effectiveOn: string;
  legalBasis?: string | null;
  note?: string | null;
  newName?: string;
  links: Array<{ fromAgencyId: number; toAgencyId: number | null; functions: string[] }>;
};

export type SuccessionMove = {
  planId: number;
  planYear: number;
  code: string;
  title: string;
  role: Obligation['role'];
  from: { id: number; name: string };
  stays: boolean;
  to: Array<{ id: number; name: string }>;
};

export type AuditEvent = {
  id: number;
  at: string;
  actorUserId: number | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};
