import type { viPlanVersions } from '../vi/plan-versions.js';

/** English texts of plan versions, new groups on import and the reorganisation preview. */
export const enPlanVersions: Record<keyof typeof viPlanVersions, string> = {
  'succession.planNumber': 'No. {number}',
  'succession.moving':
    '{count, plural, =0 {No task moves} one {# task moves to the successor} other {# tasks move to the successor}}',
  'succession.ends': 'nobody takes it over (the task ends)',
  'succession.alreadyHolds': 'already does this task',
  'succession.staying': '{count} tasks stay with the source (through a group, or outside the transferred functions)',
  'planVersion.previousPlan': 'Current plan: “{title}” ({details}).',
  'planVersion.issuedOnDate': 'issued {date}',
  'planVersion.replacesIssued':
    'Confirming saves this document as a new draft; the current plan stays in force until the new one is issued, and is then archived.',
  'planVersion.replacesDraft':
    'That plan is a draft too: confirming adds another draft; only an issued plan assigns tasks to the agencies.',
  'planVersion.diffCounts':
    'Added {added} · Removed {removed} · Changed {changed} · Renumbered only {renumbered} · Unchanged {unchanged}',
  'planVersion.pairedByContent': 'Tasks are paired by their title and agencies, not by their numbers.',
  'planVersion.renumbered': '{count, plural, one {# task only renumbered} other {# tasks only renumbered}}',
  'planVersion.confirmSaves': 'The {tasks} tasks of the {year} plan will be saved as a draft.',
  'planVersion.replacesNothing':
    'There is no {year} plan of {province} yet: this one becomes that year’s plan when it is issued.',
  'planVersion.nextStep':
    'Next: open the draft, check it, then press “Issue the plan”; only then are the agencies given their tasks and the reporting periods opened.',
  'planVersion.saveDraft': 'Save the draft',
  'planVersion.importedUnresolved':
    '{count, plural, one {# agency name} other {# agency names}} could not be matched and stay as printed; they can be assigned later under organisation admin.',
  'planVersion.importedNext': 'Next: check the tasks below, then press “Issue the plan” in the draft box.',
  'planIssue.title': 'Draft',
  'planIssue.whenIssued': 'When issued:',
  'planIssue.archives': 'the plan “{title}” (No. {number}, issued {issuedOn}) is archived;',
  'planIssue.archivesNothing': 'no {year} plan is issued yet, so nothing is archived;',
  'planIssue.opensPeriods':
    '{count, plural, one {# reporting period opens} other {# reporting periods open}} at the deadlines the plan sets ({dates});',
  'planIssue.noDeadlines': 'the plan sets no reporting deadline, so no reporting period opens;',
  'planIssue.notifies': 'every agency with tasks is notified in the app and by e-mail to its focal officials.',
  'planIssue.button': 'Issue the plan…',
  'planIssue.confirmTitle': 'Issue the plan',
  'planIssue.confirmQuestion': 'Issue this draft? Once issued, the plan can no longer be changed.',
  'planIssue.done':
    'Opened {periods} reporting periods; notified {agencies} agencies ({notifications} notifications, {emails} e-mails); {archived} earlier plan(s) archived.',
  'groupForm.title': 'Create a new group',
  'groupForm.name': 'Group name',
  'groupForm.membership': 'Members of the group',
  'groupForm.list': 'Particular agencies (picked from the registry)',
  'groupForm.kinds': 'Every agency of some kinds',
  'groupForm.open': 'Open group: name the agencies for each task after the import',
  'groupForm.members': 'Agencies in the group',
  'groupForm.membersHint': 'Type a name or an abbreviation, e.g. “UBND xã Mèo Vạc”, “Sở VHTTDL”.',
  'groupForm.kindsField': 'Kinds of agency',
  'groupForm.openHint': 'After saving the plan, name the agencies for each task that prints this group.',
  'groupForm.create': 'Create the group',
  'planImport.chosen.group': 'new group',
};
