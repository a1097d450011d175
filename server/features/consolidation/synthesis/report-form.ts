/**
 * The report's form around the sections (NĐ 30/2020): which ministry receives it on its dates, how
 * the plan is cited, the opening sentence with the ministry's request, "Nơi nhận" consistent with
 * the agencies reported on, and the drafting unit after "Lưu: VT,".
 */

import type { Consolidation } from '../consolidate.js';
import type { ReorganisationEvent } from '../report-context.js';
import type { ReportOptions } from '../report-options.js';
import { cleanProse, formatDateShort, joinVi, stripEnd } from './prose.js';

/**
 * The ministry in charge of foreign information on a date: Bộ Thông tin và Truyền thông until
 * 28/02/2025, then Bộ Văn hóa, Thể thao và Du lịch (Nghị định 43/2025/NĐ-CP, domain-facts §4.1).
 */
const MINISTRIES: ReadonlyArray<{ name: string; short: string; until: string | null }> = [
  { name: 'Bộ Thông tin và Truyền thông', short: 'Bộ TT&TT', until: '2025-02-28' },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', short: 'Bộ VHTTDL', until: null },
];

/** The ministry that receives a report due on `date`. */
export function ministryOn(date: string): string {
  return (MINISTRIES.find((m) => m.until === null || date <= m.until) ?? MINISTRIES.at(-1)!).name;
}

/** "6 tháng đầu năm 2025", "năm 2025", or the period's own label for other kinds. */
export function periodPhrase(c: Pick<Consolidation, 'period'>): string {
  if (c.period.kind === 'semiannual') return `6 tháng đầu năm ${c.period.year}`;
  if (c.period.kind === 'annual') return `năm ${c.period.year}`;
  return c.period.label;
}

/** The coming period the forward look is about: "6 tháng cuối năm 2025", "năm 2026". */
export function nextPeriodPhrase(c: Pick<Consolidation, 'period'>): string {
  return c.period.kind === 'semiannual' ? `6 tháng cuối năm ${c.period.year}` : `năm ${c.period.year + 1}`;
}

/** "Kế hoạch số 15/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh về công tác thông tin đối ngoại năm 2025". */
export function planReference(c: Pick<Consolidation, 'plan'>, withIssuer = true): string {
  const title = cleanProse(c.plan.title);
  const bare = title.replace(/^kế hoạch\s+/iu, '');
  const number = c.plan.number ? ` số ${c.plan.number}` : '';
  const date = c.plan.issuedOn ? ` ngày ${formatDateShort(c.plan.issuedOn)}` : '';
  const of = withIssuer ? ' của Ủy ban nhân dân tỉnh' : '';
  return `Kế hoạch${number}${date}${of} về ${bare.charAt(0).toLocaleLowerCase('vi')}${bare.slice(1)}`;
}

/** The opening: the ministry's request and the plan cited, then how many agencies' reports it rests on. */
export function openingParagraph(c: Consolidation, options: ReportOptions): string {
  const request = options.ministryRequest ? stripEnd(cleanProse(options.ministryRequest)) : null;
  const basis = request
    ? `Thực hiện ${request.replace(/^thực hiện\s+/iu, '')}; căn cứ ${planReference(c)}`
    : `Căn cứ ${planReference(c)}`;
  const sources =
    c.counts.expected > 0
      ? `, trên cơ sở báo cáo của ${c.counts.submitted}/${c.counts.expected} cơ quan, đơn vị, địa phương`
      : '';
  return `${basis}${sources}, Ủy ban nhân dân tỉnh ${c.plan.province} báo cáo kết quả công tác thông tin đối ngoại ${periodPhrase(c)} như sau:`;
}

/** The closing sentence before the signature. */
export function closingParagraph(c: Consolidation): string {
  return `Trên đây là báo cáo kết quả công tác thông tin đối ngoại ${periodPhrase(c)} của Ủy ban nhân dân tỉnh ${c.plan.province}, kính gửi ${ministryOn(c.period.dueOn)} tổng hợp, theo dõi./.`;
}

/**
 * "Nơi nhận" from the agencies reported on: districts when the report covers districts, communes
 * when it covers communes, the Party's propaganda board by its name on the due date.
 */
export function recipientsFor(c: Consolidation): string[] {
  const kinds = new Set(c.agencies.filter((a) => a.obligated).map((a) => a.kind));
  const party = c.agencies.find((a) => a.kind === 'party-body' && /^Ban Tuyên giáo/u.test(a.agencyName));
  const out = [
    `${ministryOn(c.period.dueOn)} (b/c)`,
    'Thường trực Tỉnh ủy (b/c)',
    'Thường trực HĐND tỉnh (b/c)',
    'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
  ];
  if (party) out.push(party.agencyName);
  if (kinds.has('department') || kinds.has('mass-organisation')) out.push('Các sở, ban, ngành, đoàn thể tỉnh');
  if (kinds.has('press-agency')) out.push('Các cơ quan báo chí tỉnh');
  if (kinds.has('district-committee')) out.push('UBND các huyện, thành phố');
  if (kinds.has('commune-committee')) out.push('UBND các xã, phường');
  return out;
}

/** "VT, VHTTDL": the archive line, with the coordinator's unit unless the coordinator typed one. */
export function archiveLine(c: Consolidation, options: ReportOptions): string {
  const unit =
    options.archiveUnit?.trim() || c.context.coordinator?.abbreviation || abbreviate(c.context.coordinator?.name);
  return unit ? `VT, ${unit}` : 'VT';
}

/** "Sở Văn hóa, Thể thao và Du lịch" → "VHTTDL" (initials of the words after "Sở", "và" dropped). */
function abbreviate(name: string | undefined): string | null {
  if (!name) return null;
  const words = name
    .replace(/^(Sở|Ban|Văn phòng)\s+/u, '')
    .split(/[\s,]+/u)
    .filter((w) => w && w !== 'và');
  return words.map((w) => w.charAt(0).toLocaleUpperCase('vi')).join('') || null;
}

/** "Ủy ban nhân dân tỉnh Hà Giang" → "tỉnh Hà Giang": a local government named by its territory. */
function territoryName(name: string): string {
  return name.replace(/^(Ủy|Uỷ) ban nhân dân\s+/u, '');
}

/**
 * The reorganisations of a date range as clauses: "nhiệm vụ tham mưu quản lý nhà nước về thông tin
 * đối ngoại chuyển từ Sở A sang Sở B", "Ban A và Ban B hợp nhất thành Ban C", "kết thúc hoạt động
 * của 7 Ủy ban nhân dân cấp huyện …", grouped by date.
 */
export function reorganisationClauses(
  events: readonly ReorganisationEvent[],
  from: string,
  to: string,
  planFunction = 'foreign-information',
): Array<{ date: string; clauses: string[] }> {
  const inRange = events.filter((e) => e.effectiveOn >= from && e.effectiveOn <= to);
  const dates = [...new Set(inRange.map((e) => e.effectiveOn))].sort();
  return dates.map((date) => {
    const day = inRange.filter((e) => e.effectiveOn === date);
    const clauses: string[] = [];
    for (const e of day.filter((x) => x.kind === 'transfer' && x.to))
      if (e.functions.length === 0 || e.functions.includes(planFunction))
        clauses.push(
          `nhiệm vụ tham mưu quản lý nhà nước về thông tin đối ngoại chuyển từ ${e.from.name} sang ${e.to!.name}`,
        );
    const merges = new Map<number, ReorganisationEvent[]>();
    for (const e of day.filter((x) => x.kind === 'merge' && x.to))
      merges.set(e.to!.agencyId, [...(merges.get(e.to!.agencyId) ?? []), e]);
    for (const list of merges.values()) {
      const target = list[0]!.to!;
      const local = target.kind === 'province-committee';
      const sources = list.map((e) => (local ? territoryName(e.from.name) : e.from.name));
      const into = local ? territoryName(target.name) : target.name;
      clauses.push(
        sources.length > 1 && !day.some((x) => x.kind === 'rename' && x.from.agencyId === target.agencyId)
          ? `${joinVi(sources)} hợp nhất thành ${into}`
          : `${joinVi(sources)} hợp nhất vào ${into}`,
      );
    }
    for (const e of day.filter((x) => x.kind === 'rename' && x.to && x.from.name !== x.to.name)) {
      if (merges.has(e.from.agencyId)) continue; // said with the merge ("hợp nhất vào ‹tên mới›")
      clauses.push(`${e.from.name} đổi tên thành ${e.to!.name}`);
    }
    const dissolved = day.filter((x) => x.kind === 'dissolve' && x.from.kind === 'district-committee');
    if (dissolved.length > 0) {
      const successors = new Set(dissolved.flatMap((x) => (x.to ? [x.to.kind] : [])));
      clauses.push(
        `kết thúc hoạt động của ${new Set(dissolved.map((x) => x.from.agencyId)).size} Ủy ban nhân dân cấp huyện${successors.has('commune-committee') ? ', nhiệm vụ chuyển cho Ủy ban nhân dân các xã, phường' : ''}`,
      );
    }
    return { date, clauses };
  });
}
