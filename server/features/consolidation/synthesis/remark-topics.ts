/**
 * Agencies' difficulties and proposals grouped by topic: recurrent difficulties become the
 * causes of section III (counted, objective or subjective), proposals become the requests of
 * section V addressed to the ministry or to a provincial body. Topics are data (folded-word
 * patterns); what matches none is grouped by wording.
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import type { Consolidation } from '../consolidate.js';
import { type AgencyClause, groupClauses } from './merge-phrases.js';
import { splitClauses, stripEnd, upperFirst } from './prose.js';

/** A kind of difficulty, with the words that name it and the cause it states. */
type DifficultyTopic = { id: string; match: RegExp; cause: string; side: 'objective' | 'subjective' };

/** Difficulties agencies commonly report. */
export const DIFFICULTY_TOPICS: readonly DifficultyTopic[] = [
  {
    id: 'restructuring',
    match: /sap xep|sap nhap|hop nhat|ban giao|to chuc bo may|chuyen giao/,
    cause: 'việc sắp xếp tổ chức bộ máy, bàn giao chức năng, nhiệm vụ làm thay đổi đầu mối thực hiện',
    side: 'objective',
  },
  {
    id: 'budget',
    match: /kinh phi|ngan sach/,
    cause: 'kinh phí bố trí cho công tác thông tin đối ngoại còn hạn hẹp',
    side: 'objective',
  },
  {
    id: 'terrain',
    match: /dia ban (rong|kho khan)|giao thong|vung sau|vung xa|song dien thoai|internet|ha tang/,
    cause: 'địa bàn rộng, giao thông và hạ tầng viễn thông ở vùng sâu, vùng xa còn khó khăn',
    side: 'objective',
  },
  {
    id: 'information',
    match: /thong tin dinh huong|nguon tin|tai lieu (tham khao|dinh huong)|cung cap thong tin cham/,
    cause: 'thông tin định hướng, tài liệu phục vụ thông tin đối ngoại có lúc chưa kịp thời',
    side: 'objective',
  },
  {
    id: 'part-time',
    match: /kiem nhiem|thay doi can bo|luan chuyen/,
    cause: 'đội ngũ làm công tác thông tin đối ngoại chủ yếu kiêm nhiệm, có nơi thường xuyên thay đổi',
    side: 'subjective',
  },
  {
    id: 'language',
    match: /bien dich|phien dich|ngoai ngu|tieng nuoc ngoai|thanh thao tieng/,
    cause: 'thiếu nhân lực biên dịch, sử dụng ngoại ngữ',
    side: 'subjective',
  },
  {
    id: 'skills',
    match: /nghiep vu|ky nang|chua duoc tap huan|kinh nghiem/,
    cause: 'kỹ năng, nghiệp vụ thông tin đối ngoại của một bộ phận cán bộ còn hạn chế',
    side: 'subjective',
  },
  {
    id: 'equipment',
    match: /trang thiet bi|may quay|thiet bi/,
    cause: 'trang thiết bị sản xuất sản phẩm thông tin đối ngoại còn thiếu',
    side: 'objective',
  },
];

/** A kind of proposal, with its default addressee (the ministry, or a provincial body by name). */
type ProposalTopic = { id: string; match: RegExp; to: 'ministry' | string };

/** Proposals agencies commonly make. */
export const PROPOSAL_TOPICS: readonly ProposalTopic[] = [
  { id: 'budget', match: /kinh phi|ngan sach/, to: 'Sở Tài chính' },
  { id: 'staff', match: /bien che|nhan su|vi tri viec lam|phu cap|che do ho tro/, to: 'Sở Nội vụ' },
  { id: 'training', match: /tap huan|boi duong|dao tao/, to: 'ministry' },
  {
    id: 'materials',
    match: /tai lieu|thong tin dinh huong|so tay|san pham truyen thong|video|an pham|ban do/,
    to: 'ministry',
  },
  { id: 'press', match: /bao chi trung uong|vtv|vov|thong tan xa|kenh (truyen hinh|doi ngoai)/, to: 'ministry' },
  { id: 'platform', match: /phan mem|nen tang|co so du lieu|ung dung/, to: 'ministry' },
];

/** Ministries a proposal may name; the one in charge of foreign information heads section V. */
const MINISTRIES = [
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Thông tin và Truyền thông',
  'Bộ Ngoại giao',
  'Bộ Công an',
  'Bộ Quốc phòng',
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Dân tộc và Tôn giáo',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Công Thương',
];

/** Who a proposal asks: the ministry in charge, another central body, or a provincial body by name. */
export type Addressee =
  | { kind: 'ministry' }
  | { kind: 'central'; name: string }
  | { kind: 'province'; name: string | null };

/**
 * Reads the addressee a proposal names ("Đề nghị Sở Nội vụ xem xét …") and what it asks; a proposal
 * to the province's own people's committee goes to the body the topic belongs to (kinh phí → Sở Tài chính).
 */
export function readAddressee(
  text: string,
  options: { ministry: string; provincialBodies: readonly string[]; topic?: ProposalTopic },
): { to: Addressee | null; request: string } {
  const bare = text.replace(/^(kính\s+)?(đề nghị|kiến nghị|đề xuất|mong muốn)\s+/iu, '');
  const starts = (name: string) => bare.startsWith(`${name} `);
  const rest = (name: string) => bare.slice(name.length + 1).replace(/^quan tâm\s+/u, '');
  const ministry = MINISTRIES.find(starts);
  if (ministry)
    return {
      to: ministry === options.ministry ? { kind: 'ministry' } : { kind: 'central', name: ministry },
      request: rest(ministry),
    };
  if (/^Bộ\s+\p{Ll}/u.test(bare)) return { to: { kind: 'ministry' }, request: rest('Bộ') };
  const central = ['Trung ương', 'Chính phủ'].find(starts);
  if (central) return { to: { kind: 'ministry' }, request: rest(central) };
  const self = ['Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'tỉnh'].find(starts);
  if (self) {
    const body = options.topic && options.topic.to !== 'ministry' ? options.topic.to : null;
    return { to: { kind: 'province', name: body }, request: rest(self) };
  }
  const body = [...options.provincialBodies].sort((a, b) => b.length - a.length).find(starts);
  if (body) return { to: { kind: 'province', name: body }, request: rest(body) };
  return { to: null, request: bare };
}

/** A merged remark: its words, the agencies behind it and its topic. */
export type MergedRemark = { text: string; agencies: number; topic: string | null; side?: 'objective' | 'subjective' };

function clausesOf(c: Consolidation, field: 'difficulties' | 'proposals'): AgencyClause[] {
  return c.remarks.flatMap((r) =>
    splitClauses(r[field]).map((clause) => ({
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      kind: c.context.agencyKinds[r.agencyId] ?? null,
      clause,
    })),
  );
}

/** Recurrent difficulties as causes, most cited first; wording-groups of at least two for the rest. */
export function groupedDifficulties(c: Consolidation): MergedRemark[] {
  const byTopic = new Map<string, Set<number>>();
  const rest: AgencyClause[] = [];
  for (const a of clausesOf(c, 'difficulties')) {
    const topic = DIFFICULTY_TOPICS.find((t) => t.match.test(foldDiacritics(a.clause)));
    if (topic) byTopic.set(topic.id, (byTopic.get(topic.id) ?? new Set()).add(a.agencyId));
    else rest.push(a);
  }
  const out: MergedRemark[] = DIFFICULTY_TOPICS.filter((t) => byTopic.has(t.id)).map((t) => ({
    text: t.cause,
    agencies: byTopic.get(t.id)!.size,
    topic: t.id,
    side: t.side,
  }));
  for (const g of groupClauses(rest))
    if (g.members.length >= 2 && g.representative)
      out.push({
        text: g.representative.charAt(0).toLocaleLowerCase('vi') + g.representative.slice(1),
        agencies: g.members.length,
        topic: null,
      });
  return out.sort((a, b) => b.agencies - a.agencies);
}

/** Proposals merged by topic, addressee and wording, each addressed to the ministry, a central body or a provincial body. */
export function groupedProposals(c: Consolidation, ministry: string): Array<MergedRemark & { to: Addressee }> {
  const provincialBodies = c.agencies.map((a) => a.agencyName).concat(['Sở Tài chính', 'Sở Nội vụ']);
  const buckets = new Map<string, { to: Addressee; topic: string; clauses: AgencyClause[] }>();
  for (const a of clausesOf(c, 'proposals')) {
    const topic = PROPOSAL_TOPICS.find((t) => t.match.test(foldDiacritics(a.clause)));
    const read = readAddressee(a.clause, { ministry, provincialBodies, topic });
    const to: Addressee =
      read.to ?? (topic?.to === 'ministry' || !topic ? { kind: 'ministry' } : { kind: 'province', name: topic.to });
    const key = `${topic?.id ?? 'other'}|${to.kind}|${'name' in to ? to.name : ''}`;
    const bucket = buckets.get(key) ?? { to, topic: topic?.id ?? 'other', clauses: [] };
    bucket.clauses.push({ ...a, clause: read.request });
    buckets.set(key, bucket);
  }
  const out: Array<MergedRemark & { to: Addressee }> = [];
  for (const bucket of buckets.values()) {
    const groups = groupClauses(bucket.clauses)
      .filter((g) => g.representative)
      .sort((a, b) => b.members.length - a.members.length);
    if (bucket.topic !== 'other') {
      // One request per topic and addressee, in the words most agencies used, counting every agency behind it.
      const first = groups[0];
      if (first)
        out.push({
          text: upperFirst(stripEnd(first.representative)),
          agencies: new Set(bucket.clauses.map((x) => x.agencyId)).size,
          topic: bucket.topic,
          to: bucket.to,
        });
      continue;
    }
    for (const g of groups.slice(0, 4))
      out.push({
        text: upperFirst(stripEnd(g.representative)),
        agencies: g.members.length,
        topic: null,
        to: bucket.to,
      });
  }
  return out.sort((a, b) => b.agencies - a.agencies);
}
