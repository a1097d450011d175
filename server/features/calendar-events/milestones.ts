import type { CampaignRecord, FestivalRecord, Milestone } from '../../../common/contracts/calendar-events.js';
import { addDays } from '../../../common/calendar/index.js';
import { anniversariesOf, anniversaryTitle } from './anniversaries.js';
import { festivalDatesIn } from './festival-dates.js';

/** A festival as stored. */
export type FestivalFacts = FestivalRecord;
/** A campaign as stored, with its expected outputs named. */
export type CampaignFacts = {
  id: number;
  title: string;
  startsOn: string;
  endsOn: string;
  outputs: Milestone['outputs'];
  record: CampaignRecord;
};

/**
 * The year's milestones, in date order: every national anniversary (round years flagged), each
 * festival on its solar date for that year (lunar ones converted), and the campaigns that overlap it.
 * Pure: the caller loads festivals and campaigns.
 */
export function milestonesOf(year: number, festivals: FestivalFacts[], campaigns: CampaignFacts[]): Milestone[] {
  const out: Milestone[] = [];
  for (const a of anniversariesOf(year)) {
    out.push({
      key: `anniversary:${a.key}:${year}`,
      kind: 'anniversary',
      date: a.date,
      endsOn: a.date,
      title: anniversaryTitle(a),
      years: a.years,
      round: a.round,
      decade: a.decade,
      lunar: null,
      place: '',
      outputs: [],
      festival: null,
      campaign: null,
    });
  }
  for (const f of festivals) {
    for (const date of festivalDatesIn(year, f)) {
      out.push({
        key: `festival:${f.id}:${date}`,
        kind: 'festival',
        date,
        endsOn: addDays(date, Math.max(0, f.days - 1)),
        title: f.name,
        years: null,
        round: false,
        decade: false,
        lunar: f.calendar === 'lunar' ? `${f.day}/${f.month} âm lịch` : null,
        place: f.place,
        outputs: [],
        festival: f,
        campaign: null,
      });
    }
  }
  for (const c of campaigns) {
    if (c.endsOn < `${year}-01-01` || c.startsOn > `${year}-12-31`) continue;
    out.push({
      key: `campaign:${c.id}`,
      kind: 'campaign',
      date: c.startsOn,
      endsOn: c.endsOn,
      title: c.title,
      years: null,
      round: false,
      decade: false,
      lunar: null,
      place: '',
      outputs: c.outputs,
      festival: null,
      campaign: c.record,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
