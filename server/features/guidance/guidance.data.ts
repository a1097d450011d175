import { and, asc, eq, inArray } from 'drizzle-orm';
import type { GuidanceRecipientStatus, GuidanceSummary, GuidanceView } from '../../../common/contracts/guidance.js';
import { AppError } from '../../../common/errors.js';
import type { Db, Tx } from '../../db/client.js';
import { guidanceNotes, guidanceRecipients } from '../../db/schema/guidance.js';
import { agencies, agencyGroups } from '../../db/schema/organisations.js';
import { tasks } from '../../db/schema/plans.js';
import { responseCases } from '../../db/schema/response.js';
import { users } from '../../db/schema/system.js';
import { anniversariesOf, anniversaryByKey, anniversaryTitle } from '../calendar-events/anniversaries.js';

type NoteRow = typeof guidanceNotes.$inferSelect;
type RecipientRow = typeof guidanceRecipients.$inferSelect;

/** A recipient's status from its timestamps. */
export function recipientStatus(r: Pick<RecipientRow, 'readAt' | 'acknowledgedAt'>): GuidanceRecipientStatus {
  return r.acknowledgedAt ? 'acknowledged' : r.readAt ? 'read' : 'unread';
}

/**
 * The register's line of a note: receipts counted over its recipients; `scope` (agency staff's own
 * agencies) gives the reader's own status, null for province-wide readers.
 */
export function summarise(
  note: NoteRow,
  recipients: RecipientRow[],
  scope: number[] | null,
  today: string,
): GuidanceSummary {
  const own = scope ? recipients.filter((r) => scope.includes(r.agencyId)) : [];
  const acknowledged = recipients.filter((r) => r.acknowledgedAt).length;
  return {
    id: note.id,
    number: note.number,
    title: note.title,
    issuedOn: note.issuedOn,
    acknowledgeBy: note.acknowledgeBy,
    recipients: recipients.length,
    read: recipients.filter((r) => r.readAt).length,
    acknowledged,
    mine: scope ? (own.length === 0 ? null : worst(own.map(recipientStatus))) : null,
    overdue:
      today > note.acknowledgeBy && (scope ? own.some((r) => !r.acknowledgedAt) : acknowledged < recipients.length),
  };
}

function worst(statuses: GuidanceRecipientStatus[]): GuidanceRecipientStatus {
  for (const s of ['unread', 'read'] as const) if (statuses.includes(s)) return s;
  return 'acknowledged';
}

/** Notes with their recipients; `agencyIds` keeps only notes addressed to one of them. */
export async function loadNotes(db: Db | Tx, options: { agencyIds?: number[] | null; ids?: number[] } = {}) {
  let ids = options.ids;
  if (options.agencyIds) {
    const rows = options.agencyIds.length
      ? await db
          .selectDistinct({ id: guidanceRecipients.noteId })
          .from(guidanceRecipients)
          .where(inArray(guidanceRecipients.agencyId, options.agencyIds))
      : [];
    ids = rows.map((r) => r.id).filter((id) => !ids || ids.includes(id));
    if (ids.length === 0) return [];
  }
  const notes = await db
    .select()
    .from(guidanceNotes)
    .where(ids ? inArray(guidanceNotes.id, ids) : undefined)
    .orderBy(asc(guidanceNotes.issuedOn), asc(guidanceNotes.id));
  if (notes.length === 0) return [];
  const recipients = await db
    .select()
    .from(guidanceRecipients)
    .where(
      inArray(
        guidanceRecipients.noteId,
        notes.map((n) => n.id),
      ),
    );
  return notes.map((note) => ({ note, recipients: recipients.filter((r) => r.noteId === note.id) }));
}

/**
 * One note in full. Agency staff see only their own agencies' lines of the recipient list (which
 * other agencies have not read it is the coordinator's business); a note not addressed to them is refused.
 */
export async function loadGuidanceView(
  db: Db | Tx,
  id: number,
  scope: number[] | null,
  today: string,
): Promise<GuidanceView> {
  const [found] = await loadNotes(db, { ids: [id] });
  if (!found) throw new AppError('NOT_FOUND', { resource: 'guidance', id: `#${id}` });
  const { note, recipients } = found;
  if (scope && !recipients.some((r) => scope.includes(r.agencyId))) throw new AppError('GUIDANCE_NOT_ADDRESSED');
  const shown = scope ? recipients.filter((r) => scope.includes(r.agencyId)) : recipients;
  const agencyIds = [...new Set([...recipients.map((r) => r.agencyId), ...note.targets.agencyIds])];
  const userIds = shown.map((r) => r.acknowledgedBy).filter((x): x is number => x !== null);
  const [agencyRows, userRows, taskRows, groupRows, caseRows] = await Promise.all([
    agencyIds.length
      ? db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds))
      : [],
    userIds.length
      ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
      : [],
    note.taskIds.length
      ? db
          .select({ id: tasks.id, code: tasks.code, title: tasks.title })
          .from(tasks)
          .where(inArray(tasks.id, note.taskIds))
      : [],
    note.targets.groupIds.length
      ? db
          .select({ id: agencyGroups.id, name: agencyGroups.name })
          .from(agencyGroups)
          .where(inArray(agencyGroups.id, note.targets.groupIds))
      : [],
    note.caseId
      ? db
          .select({ id: responseCases.id, title: responseCases.title })
          .from(responseCases)
          .where(eq(responseCases.id, note.caseId))
      : [],
  ]);
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const userName = new Map(userRows.map((u) => [u.id, u.name]));
  const collator = new Intl.Collator('vi');
  return {
    ...summarise(note, recipients, scope, today),
    body: note.body,
    tasks: taskRows,
    anniversary: anniversaryOf(note),
    responseCase: caseRows[0] ?? null,
    targets: [...note.targets.agencyIds.map((a) => agencyName.get(a) ?? `#${a}`), ...groupRows.map((g) => g.name)],
    recipientList: shown
      .map((r) => ({
        agencyId: r.agencyId,
        agency: agencyName.get(r.agencyId) ?? `#${r.agencyId}`,
        via: r.via,
        status: recipientStatus(r),
        readAt: r.readAt,
        acknowledgedAt: r.acknowledgedAt,
        acknowledgedBy: r.acknowledgedBy ? (userName.get(r.acknowledgedBy) ?? null) : null,
        acknowledgementNote: r.acknowledgementNote,
        remindersSent: r.remindersSent,
      }))
      .sort((a, b) => collator.compare(a.agency, b.agency)),
  };
}

/** The anniversary a note is linked to, titled for the year it was issued in. */
function anniversaryOf(note: NoteRow): { key: string; title: string } | null {
  if (!note.anniversaryKey) return null;
  const a = anniversaryByKey(note.anniversaryKey);
  if (!a) return null;
  const year = Number(note.issuedOn.slice(0, 4));
  const occurrence = anniversariesOf(year, [a])[0];
  return { key: a.key, title: occurrence ? anniversaryTitle(occurrence) : a.name };
}

/** Recipient rows of a note for the given agencies (the reader's own). */
export async function ownRecipients(db: Db | Tx, noteId: number, scope: number[]) {
  if (scope.length === 0) return [];
  return db
    .select()
    .from(guidanceRecipients)
    .where(and(eq(guidanceRecipients.noteId, noteId), inArray(guidanceRecipients.agencyId, scope)));
}
