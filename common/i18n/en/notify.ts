import type { viNotify } from '../vi/notify.js';

/** English texts of the notices each step of the reporting cycle sends. */
export const enNotify: Record<keyof typeof viNotify, string> = {
  'notify.awaiting-approval.title': 'Report {period} awaits the leader’s approval',
  'notify.awaiting-approval.body':
    '{officer} asked for approval of the report {period} of {agency}. Please review, approve and send it to the lead department ({deadline}).',
  'notify.approved.title': 'The leader approved the report {period}',
  'notify.approved.body': '{actor} approved the report {period} of {agency}. Next step: the leader sends it.',
  'notify.submitted.title': '{agency} sent the report {period}',
  'notify.submitted.body': '{agency} sent the report {period} at {time}. Next step: the lead department reviews it.',
  'notify.resubmitted.title': '{agency} sent the report {period} again',
  'notify.resubmitted.body':
    '{agency} sent the report {period} again at {time}, corrected after the return. Next step: the lead department reviews it again.',
  'notify.returned.title': 'Report {period} was returned',
  'notify.returned.body':
    'The lead department returned the report {period} of {agency}: {reason} {lines, plural, =0 {} one {(# line commented)} other {(# lines commented)}} Next step: correct it and send it again.',
  'notify.accepted.title': 'Report {period} was accepted',
  'notify.accepted.body': 'The lead department accepted the report {period} of {agency}.',
  'notify.extended.title': 'Report {period} extended to {date}',
  'notify.extended.body': '{agency} may send the report {period} until the end of {date}. Reason: {reason}',
  'notify.summary.title': '{period} is past due: {submitted}/{expected} agencies sent',
  'notify.summary.body':
    'The due date {date} has passed: {submitted}/{expected} agencies sent their report, {onTime} on time; the {missing} that have not are being reminded.',
  'notify.upward.submitted.title': '{province} sent its report to the ministry',
  'notify.upward.submitted.body':
    '{period} of {province}: sent at {time}. Next: the ministry reviews it, then accepts or returns it.',
  'notify.upward.resubmitted.title': '{province} sent its report again',
  'notify.upward.resubmitted.body':
    '{period} of {province}: sent again at {time}, corrected after the ministry returned it. Next: the ministry reviews it again.',
  'notify.upward.returned.title': 'The ministry returned the report of {province}',
  'notify.upward.returned.body':
    '{period} of {province}: returned at {time}. Reason: {reason} The province will correct it and send it again.',
  'notify.upward.accepted.title': 'The ministry accepted the report of {province}',
  'notify.upward.accepted.body': '{period} of {province}: accepted at {time}.',
  'notify.user-created.title': 'New account: {name}',
  'notify.user-created.body':
    'The account {username} ({role}) was created at {time}. Next: check its role, agency and e-mail address.',
  'notify.digest.section': 'Notices of the day:',
  'notify.digest.subject': '[TTĐN] Notices of {date}: {count} new',
};
