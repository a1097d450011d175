/**
 * The demo agencies' indicator figures: a first-half-2025 profile per agency (or per kind), scaled
 * to other periods with a small deterministic spread. Figures that count the same articles two ways
 * agree (channels and languages sum to one total), so the report shows what consistent data gives;
 * one figure is far above its past on purpose (Tỉnh đoàn's training), for the plausibility check.
 */

import type { AgencyKind } from '../db/schema/organisations.js';

/** One figure as the reporting tables store it. */
export type DemoFigure = { code: string; breakdownKey: string; value: number };
/** A demo reporting period by year and kind. */
export type DemoPeriod = { year: number; kind: 'semiannual' | 'annual' };

/** A deterministic 0..1 number per key, so the demo is the same on every load. */
export function pick(key: string): number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** A first-half profile: plain figures, channels, foreign/ethnic languages (Vietnamese is the rest). */
type Profile = {
  plain?: Record<string, number>;
  channels?: Record<string, number>;
  languages?: Record<string, number>;
  broadcast?: Record<string, number>;
  pressConferences?: { periodic: number; 'ad-hoc': number };
  publications?: { vi?: number; en?: number; copiesVi?: number; copiesEn?: number };
};

const PRESS_NEWSPAPER: Profile = {
  plain: { DIR_DOCS: 1, COLUMNS: 4, FALSE_INFO_REBUTTED: 18 },
  channels: { print: 318, online: 842 },
  languages: { en: 26, zh: 16 },
};
const PRESS_BROADCASTER: Profile = {
  plain: { DIR_DOCS: 1, COLUMNS: 3, FALSE_INFO_REBUTTED: 12 },
  channels: { radio: 236, tv: 298, online: 164 },
  languages: { tay: 38, dao: 34, hmn: 46 },
  broadcast: { tay: 76, dao: 70, hmn: 82 },
};

/** Profiles by the agency's current name. */
const PROFILES: Record<string, Profile> = {
  'Báo và Phát thanh, Truyền hình Tuyên Quang': PRESS_NEWSPAPER,
  'Đài Phát thanh và Truyền hình tỉnh': PRESS_BROADCASTER,
  'Tạp chí Văn nghệ Tuyên Quang': {
    plain: { DIR_DOCS: 1, COLUMNS: 1, FALSE_INFO_REBUTTED: 3 },
    channels: { print: 42, online: 58 },
  },
  'Cổng Thông tin điện tử tỉnh': {
    plain: { DIR_DOCS: 1, COLUMNS: 2, FALSE_INFO_REBUTTED: 8 },
    channels: { portal: 402, social: 126 },
    languages: { en: 46, zh: 24 },
  },
  'Văn phòng Ủy ban nhân dân tỉnh': {
    plain: { DIR_DOCS: 3, PRESS_RELEASES: 14, EVENTS: 2, BUDGET_SPENT: 85 },
    pressConferences: { periodic: 2, 'ad-hoc': 1 },
  },
  'Sở Văn hóa, Thể thao và Du lịch': {
    plain: { DIR_DOCS: 6, SOVEREIGNTY_CASES: 1, EVENTS: 5, TRAINING_PARTICIPANTS: 96, BUDGET_SPENT: 260 },
    channels: { portal: 38, social: 64 },
    languages: { en: 14 },
    publications: { vi: 3, en: 2, copiesVi: 5000, copiesEn: 2200 },
  },
  'Sở Ngoại vụ': {
    plain: {
      DIR_DOCS: 2,
      FOREIGN_REPORTERS: 21,
      FOREIGN_DELEGATIONS: 17,
      EVENTS: 3,
      TRAINING_PARTICIPANTS: 45,
      BUDGET_SPENT: 120,
    },
    channels: { portal: 24 },
    languages: { en: 8, zh: 4 },
  },
  'Sở Công Thương': {
    plain: { DIR_DOCS: 1, EVENTS: 3, BUDGET_SPENT: 65 },
    publications: { vi: 1, en: 1, copiesVi: 1500, copiesEn: 1500 },
  },
  'Trung tâm Xúc tiến đầu tư': {
    plain: { EVENTS: 2, BUDGET_SPENT: 150 },
    publications: { en: 2, copiesEn: 3000 },
  },
  'Sở Khoa học và Công nghệ': { plain: { DIR_DOCS: 1, EVENTS: 1, TRAINING_PARTICIPANTS: 30, BUDGET_SPENT: 15 } },
  'Sở Nội vụ': { plain: { DIR_DOCS: 1, TRAINING_PARTICIPANTS: 20, BUDGET_SPENT: 10 } },
  'Sở Tư pháp': { plain: { DIR_DOCS: 1, EVENTS: 2, TRAINING_PARTICIPANTS: 140, BUDGET_SPENT: 18 } },
  'Sở Giáo dục và Đào tạo': { plain: { DIR_DOCS: 2, EVENTS: 4, TRAINING_PARTICIPANTS: 210, BUDGET_SPENT: 25 } },
  'Sở Y tế': { plain: { DIR_DOCS: 1, EVENTS: 1, TRAINING_PARTICIPANTS: 35, BUDGET_SPENT: 12 } },
  'Sở Dân tộc và Tôn giáo': { plain: { DIR_DOCS: 2, EVENTS: 4, TRAINING_PARTICIPANTS: 120, BUDGET_SPENT: 40 } },
  'Sở Tài chính': { plain: { DIR_DOCS: 1, BUDGET_SPENT: 8 } },
  'Công an tỉnh': { plain: { DIR_DOCS: 2, EVENTS: 3, TRAINING_PARTICIPANTS: 180, BUDGET_SPENT: 20 } },
  'Bộ Chỉ huy Quân sự tỉnh': { plain: { DIR_DOCS: 1, EVENTS: 6, TRAINING_PARTICIPANTS: 320, BUDGET_SPENT: 30 } },
  'Thường trực Tỉnh ủy': { plain: { DIR_DOCS: 2 } },
  'Ban Tuyên giáo và Dân vận Tỉnh ủy': {
    plain: { DIR_DOCS: 4, EVENTS: 3, TRAINING_PARTICIPANTS: 260, BUDGET_SPENT: 45 },
  },
  'Tỉnh đoàn': { plain: { DIR_DOCS: 1, EVENTS: 3, TRAINING_PARTICIPANTS: 60, BUDGET_SPENT: 20 } },
};

/** Profiles by kind, for agencies without their own. */
const BY_KIND: Partial<Record<AgencyKind, Profile>> = {
  'mass-organisation': { plain: { DIR_DOCS: 1, EVENTS: 2, TRAINING_PARTICIPANTS: 55, BUDGET_SPENT: 12 } },
  'district-committee': {
    plain: { DIR_DOCS: 2, EVENTS: 3, TRAINING_PARTICIPANTS: 80, BUDGET_SPENT: 22 },
    channels: { portal: 30, social: 28 },
  },
  'commune-committee': {
    plain: { DIR_DOCS: 1, EVENTS: 2, TRAINING_PARTICIPANTS: 40, BUDGET_SPENT: 6 },
    channels: { social: 18 },
  },
};

/** How a period compares with the first half of 2025. */
function factor(period: DemoPeriod): number {
  const year = { 2024: 0.88, 2025: 1, 2026: 1.12 }[period.year] ?? 1;
  return year * (period.kind === 'annual' ? 2.15 : 1);
}

/**
 * The figures an agency reports for a period. The merged press body (Báo và Phát thanh, Truyền hình
 * Tuyên Quang from 01/7/2025) reports the newspaper's and the broadcaster's work after the merger.
 */
export function demoFigures(agency: { name: string; kind: AgencyKind }, period: DemoPeriod): DemoFigure[] {
  const merged = agency.name.startsWith('Báo và') && (period.year >= 2026 || period.kind === 'annual');
  const base = merged
    ? mergeProfiles(PRESS_NEWSPAPER, PRESS_BROADCASTER)
    : (PROFILES[agency.name] ?? BY_KIND[agency.kind]);
  if (!base) return [];
  const f = factor(period);
  const key = `${agency.name}|${period.year}|${period.kind}`;
  const scale = (n: number, salt: string) =>
    Math.max(n > 0 ? 1 : 0, Math.round(n * f * (0.9 + pick(key + salt) * 0.2)));
  const out: DemoFigure[] = [];
  const push = (code: string, breakdownKey: string, value: number) => {
    if (value > 0) out.push({ code, breakdownKey, value });
  };
  for (const [code, n] of Object.entries(base.plain ?? {})) {
    // Tỉnh đoàn's half-year training figure is typed far above its past (1.250 against about 60).
    const planted = agency.name === 'Tỉnh đoàn' && code === 'TRAINING_PARTICIPANTS' && period.year === 2025;
    const value = planted ? 1250 + (period.kind === 'annual' ? scale(n / 2, code) : 0) : scale(n, code);
    // Columns are kept, not produced: the count does not grow with the length of the period.
    push(code, '', code === 'COLUMNS' ? n : value);
  }
  const channels = Object.entries(base.channels ?? {}).map(([k, n]) => [k, scale(n, `c${k}`)] as const);
  for (const [k, v] of channels) push('NEWS_BY_CHANNEL', k, v);
  if (channels.length > 0) {
    const total = channels.reduce((s, [, v]) => s + v, 0);
    const languages = Object.entries(base.languages ?? {}).map(([k, n]) => [k, scale(n, `l${k}`)] as const);
    const foreign = languages.reduce((s, [, v]) => s + v, 0);
    push('NEWS_BY_LANGUAGE', 'vi', total - foreign);
    for (const [k, v] of languages) push('NEWS_BY_LANGUAGE', k, v);
  }
  for (const [k, n] of Object.entries(base.broadcast ?? {})) push('BROADCAST_PROGRAMMES', k, scale(n, `b${k}`));
  if (base.pressConferences)
    for (const [k, n] of Object.entries(base.pressConferences)) push('PRESS_CONFERENCES', k, scale(n, `p${k}`));
  const p = base.publications;
  if (p) {
    push('PUBLICATIONS', 'vi', p.vi ? scale(p.vi, 'pv') : 0);
    push('PUBLICATIONS', 'en', p.en ? scale(p.en, 'pe') : 0);
    // Copies are printed in round hundreds.
    push('PUBLICATION_COPIES', 'vi', p.copiesVi ? Math.round(scale(p.copiesVi, 'cv') / 100) * 100 : 0);
    push('PUBLICATION_COPIES', 'en', p.copiesEn ? Math.round(scale(p.copiesEn, 'ce') / 100) * 100 : 0);
  }
  return out;
}

function mergeProfiles(a: Profile, b: Profile): Profile {
  const sum = (x: Record<string, number> = {}, y: Record<string, number> = {}) => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    plain: sum(a.plain, b.plain),
    channels: sum(a.channels, b.channels),
    languages: sum(a.languages, b.languages),
    broadcast: sum(a.broadcast, b.broadcast),
  };
}

/** A figure of the list, 0 when absent ("" key = the total: the stated one or the breakdown's sum). */
export function figureOf(figures: readonly DemoFigure[], code: string, key = ''): number {
  const own = figures.filter((f) => f.code === code);
  if (key !== '') return own.find((f) => f.breakdownKey === key)?.value ?? 0;
  const stated = own.find((f) => f.breakdownKey === '');
  return stated ? stated.value : own.reduce((s, f) => s + f.value, 0);
}
