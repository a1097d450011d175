import type { viCycle } from '../vi/cycle.js';

/** English texts of the reporting cycle: the deadline rule, next actions, extensions, unsaved figures. */
export const enCycle: Record<keyof typeof viCycle, string> = {
  'cycle.deadline.due': 'Due: {date}',
  'cycle.deadline.extended': 'Due: {date} (extended; general due date {original})',
  'cycle.deadline.whyLink': 'Why this date?',
  'cycle.deadline.why.before': 'The plan says “before {stated}”, so the last allowed day is {last}.',
  'cycle.deadline.why.until': 'The plan says “by {stated}”, so the last allowed day is {last}.',
  'cycle.deadline.why.saturday': 'That is a Saturday, so the deadline moves to the next working day: {due}.',
  'cycle.deadline.why.sunday': 'That is a Sunday, so the deadline moves to the next working day: {due}.',
  'cycle.deadline.why.dayoff': 'That is a day off, so the deadline moves to the next working day: {due}.',
  'cycle.deadline.why.extension': 'The lead department extended it for this agency until the end of {date}.',
  'cycle.deadline.why.count': 'Days late are counted in working days from the due date in force.',
  'cycle.daysLate': '{days, plural, =0 {on time} one {# working day late} other {# working days late}}',

  'cycle.next.label': 'Next step',
  'cycle.next.officer.fill': 'Fill in the report, then press “Ask the leader to approve”.',
  'cycle.next.officer.requested': 'Sent to the leader — waiting for the leader to approve and send it.',
  'cycle.next.officer.approved': 'The leader approved it — waiting for the leader to send it.',
  'cycle.next.officer.returned':
    'The report was returned: correct the commented lines, then press “Send again after correcting” for the leader to resend it.',
  'cycle.next.leader.approve': 'Review the report, then press “Approve”.',
  'cycle.next.leader.submit': 'Approved: press “Send report” to send it to the lead department.',
  'cycle.next.leader.resubmit': 'Corrected after a return: approve it, then send it again to the lead department.',
  'cycle.next.sent': 'Sent — waiting for the lead department’s review.',
  'cycle.next.accepted': 'The lead department accepted the report. Nothing left to do.',
  'cycle.next.reviewer.review': 'Review the report: “Accept” it or “Return” it with comments.',
  'cycle.next.reviewer.wait': 'Not sent yet; you can grant an extension on the board.',
  'cycle.next.locked': 'Locked: ask the lead department for an extension to keep entering.',
  'cycle.next.unsaved':
    '{count, plural, one {# figure} other {# figures}} could not be saved: correct before asking for approval.',

  'cycle.action.requestApproval': 'Ask the leader to approve',
  'cycle.action.resendAfterFix': 'Send again after correcting',
  'cycle.action.requested': 'Sent to the leader for approval.',
  'cycle.confirm.title': 'Please confirm',
  'cycle.confirm.approve': 'Approve the report {period}? After approval the leader sends it to the lead department.',
  'cycle.confirm.submit':
    'Send the report {period} to the lead department? It cannot be changed afterwards unless returned.',
  'cycle.confirm.accept': 'Accept the report {period}? It will be locked.',
  'cycle.confirm.yes': 'Confirm',
  'cycle.done.approve': 'Report approved.',
  'cycle.done.submit': 'Report sent to the lead department.',
  'cycle.done.accept': 'Report accepted.',
  'cycle.done.return': 'Report returned with comments.',

  'cycle.status.returned': 'Returned',
  'cycle.status.fixing': 'Returned · being corrected',
  'cycle.status.resubmitted': 'Sent again',
  'cycle.status.requested': 'Awaiting approval',
  'cycle.returned.title': 'Report returned on {date}',
  'cycle.returned.lines':
    '{count, plural, =0 {No line has its own comment.} one {# line commented:} other {# lines commented:}}',
  'cycle.sends.first': 'First sent {time}',
  'cycle.sends.again': 'Sent again ({n}): {time}',
  'cycle.sends': 'First sent {first}{again, select, none {} other {; sent again {again}}}',
  'cycle.changedSinceReturn': 'Changed since the return',
  'cycle.before': 'When returned: {text}',
  'cycle.readOnly': 'Read only',

  'cycle.extension.button': 'Extend',
  'cycle.extension.title': 'Extension for {agency}',
  'cycle.extension.date': 'Extended until the end of',
  'cycle.extension.reason': 'Reason',
  'cycle.extension.hint':
    'Must be after the lock date {locksOn}. The agency is told at once; the new date applies on every screen, reminder and letter.',
  'cycle.extension.confirm': 'Extend',
  'cycle.extension.done': '{agency} extended until {date}.',

  'cycle.save.unsaved': '{count, plural, one {# figure not saved} other {# figures not saved}} — see the red field',
  'cycle.figure.unsaved': 'Not saved: {reason}',
  'cycle.figure.unsavedNote': 'Kept as typed on this device, even after a reload.',

  'cycle.prefs.emailDigest': 'Also receive notices by e-mail (one digest a day)',
};
