import { type Syllable, syllables } from '../../../../common/text/syllables.js';
import { OTHER_PROVINCE_AFTER, OTHER_PROVINCE_BEFORE, UNIT_DESIGNATORS } from './context-words.js';
import {
  type FieldTokens,
  findNames,
  inDate,
  isCased,
  partitionMentions,
  type RawMention,
  readingMode,
  scanField,
} from './mentions.js';
import type { CompiledProfile } from './profile.js';
import type { ArticleInput, Mention, Relevance } from './types.js';
import type { EntityKind, ExclusionKind } from './profile-schema.js';

/** An article is relevant when its counted mentions weigh this much (one strong name suffices). */
export const RELEVANCE_THRESHOLD = 0.999;
/** A homonym ("Đồng Văn") weighs this much when a place elsewhere is named close to it. */
const HOMONYM_WITH_OTHER_PLACES = 0.5;
/** Syllables of the body read as its lead. */
const LEAD = 30;

/** The article's calendar date in Việt Nam (UTC+7), or null when missing or unreadable. */
export function articleDate(publishedAt: string | undefined): string | null {
  if (!publishedAt) return null;
  const trimmed = publishedAt.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}

// Text without combining marks is already NFC for Vietnamese: skip the (costly) normalisation then.
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;
const nfc = (text: string) => (COMBINING.test(text) ? text.normalize('NFC') : text);

/** Title and body as syllables (NFC), the shared first step of every analysis. */
export function tokenizeArticle(article: ArticleInput): { title: string; body: string; fields: FieldTokens[] } {
  const title = nfc(article.title ?? '');
  const body = nfc(article.body ?? '');
  return {
    title,
    body,
    fields: [
      { field: 'title', tokens: syllables(title) },
      { field: 'body', tokens: syllables(body) },
    ],
  };
}

/** The home outlet that published the article (by URL host or source name), valid on its date. */
export function homeOutlet(profile: CompiledProfile, article: ArticleInput, date: string | null): string | null {
  let host = '';
  try {
    host = article.url ? new URL(article.url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  const source = (article.source ?? '').normalize('NFC').toLowerCase();
  for (const o of profile.data.homeOutlets) {
    if (date && ((o.from && date < o.from) || (o.until && date > o.until))) continue;
    const byHost = o.domains.some((d) => host === d || host.endsWith(`.${d}`));
    if (byHost || (source !== '' && source === o.name.toLowerCase())) return o.name;
  }
  return null;
}

/**
 * A commune's or ward's own page ("Fanpage UBND xã Sủng Máng"): the source names a unit of the province
 * after its designator, so its posts' "UBND xã", "trên địa bàn" mean the province as a home outlet's do.
 */
export function localPage(profile: CompiledProfile, article: ArticleInput, date: string | null): string | null {
  const source = nfc(article.source ?? '');
  if (source === '') return null;
  const tokens = syllables(source);
  for (const { hit, entry } of findNames(profile, tokens, { folded: false, cased: true, date })) {
    const designated = [tokens[hit.from - 1]?.key, tokens[hit.from]!.key].some((k) => k && UNIT_DESIGNATORS.has(k));
    // A page named after a unit outside its dates (the Hà Giang portal before the merger) writes
    // about another province then: its "UBND tỉnh", "các xã" imply nothing.
    if (entry.strength !== 'weak' && designated && inDate(entry.entity, date)) return source;
  }
  return null;
}

/** Unaccented syllables in a row that make a run of unaccented writing inside an accented post. */
const UNACCENTED_RUN = 8;

/** Whether an accented text carries a run of unaccented writing ("Duong tu trung tam xa Thong Nguyen…"). */
function hasUnaccentedRun(fields: FieldTokens[]): boolean {
  for (const f of fields) {
    let run = 0;
    for (const t of f.tokens) {
      if (t.num) continue;
      run = t.marked ? 0 : run + 1;
      if (run >= UNACCENTED_RUN) return true;
    }
  }
  return false;
}

// In the province's own paper these say "here" ("trên địa bàn", "các xã vùng cao").
const LOCAL_WORDS = new Set(['xã', 'phường', 'thôn', 'bản']);

/** A local word of a home outlet's article: "trên địa bàn", "các xã", "vùng cao", "thôn Nà Làng". */
function localWord(tokens: Syllable[]): Syllable | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (LOCAL_WORDS.has(t.key) && !t.cap) return t;
    const next = tokens[i + 1]?.key;
    if ((t.key === 'địa' && next === 'bàn') || (t.key === 'vùng' && next === 'cao')) return t;
  }
  return null;
}

/** A bare "tỉnh" that means the writer's own province ("toàn tỉnh", "UBND tỉnh"), not "các tỉnh" or "tỉnh Lào Cai". */
function bareProvince(tokens: Syllable[]): Syllable | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key !== 'tỉnh') continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (next && (next.cap || next.num) && next.punctBefore === '' && next.key !== 'ủy') continue;
    if (next && next.punctBefore === '' && OTHER_PROVINCE_AFTER.has(next.key)) continue;
    if (previous && t.punctBefore === '' && OTHER_PROVINCE_BEFORE.has(previous.key)) continue;
    return t;
  }
  return null;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Decides whether an article is about the province and explains why: which names matched and
 * where, which exclusion cancelled which name, and how dates and places elsewhere weighed in
 * (`relevanceReasons` puts it in words).
 */
export function assessRelevance(
  profile: CompiledProfile,
  article: ArticleInput,
  tokenized = tokenizeArticle(article),
): Relevance {
  const date = articleDate(article.publishedAt);
  const mode = readingMode(tokenized.fields);
  const cased = isCased(tokenized.fields);
  const raw: RawMention[] = [];
  const otherPlaces: string[] = [];
  let leadNamesElsewhere = false;
  let folded = mode === 'folded';
  let names = tokenized.fields.map((f) => findNames(profile, f.tokens, { folded, cased, date }));
  // A post that mixes accented and unaccented writing: names are read unaccented when none was found.
  if (!folded && names.every((n) => n.length === 0) && hasUnaccentedRun(tokenized.fields)) {
    folded = true;
    names = tokenized.fields.map((f) => findNames(profile, f.tokens, { folded, cased, date }));
  }
  // Without a single name of the province, places elsewhere and exclusions need not be looked at.
  if (names.some((n) => n.length > 0))
    tokenized.fields.forEach((f, i) => {
      const text = f.field === 'title' ? tokenized.title : tokenized.body;
      const found = scanField(profile, f, names[i]!, { folded, date, text });
      raw.push(...found.mentions);
      for (const o of found.otherPlaces) otherPlaces.push(o.name);
      if (f.field === 'body') leadNamesElsewhere = found.otherPlaces.some((o) => o.from < LEAD);
    });
  const live = raw.filter((m) => !m.exclusion);
  // A company or shop that merely carries the name ("Công ty TNHH Tuyên Quang" in Bình Dương).
  const anchors = live.filter((m) => m.strength !== 'weak');
  // A headline names the brand short: "“Nho Quế” ở Sài Gòn…" over a body's "Nho Quế Brewing".
  const brandNames = new Set(anchors.filter((m) => m.brandContext).map((m) => m.entity));
  // … and a body names the band short after a headline's "Mèo Vạc live tại Hà Nội".
  const isBrand = (m: (typeof anchors)[number]) => m.brandContext || brandNames.has(m.entity);
  if (otherPlaces.length > 0 && anchors.length > 0 && anchors.every(isBrand)) {
    for (const m of anchors) {
      m.exclusion = {
        id: 'brand',
        kind: 'brand',
        reason: `tên công ty/thương hiệu trong bài về nơi khác (${otherPlaces[0]}) / a company name in an article about elsewhere`,
      };
      m.weight = 0;
    }
  }
  // A homonym in the title is read with the lead: "Đồng Văn vào mùa" then "… Đồng Văn ở Thanh Hóa".
  for (const m of raw)
    if (!m.exclusion && m.strength === 'homonym' && (m.nearOtherPlace || (m.field === 'title' && leadNamesElsewhere)))
      m.weight = Math.min(m.weight, HOMONYM_WITH_OTHER_PLACES);
  // A name once shown to be a person's ("ca sĩ Hà Giang") is that person elsewhere in the article too,
  // and one an appositive shows to be an eatery's ("Lung Cu, a new canteen") is that eatery.
  const people = new Set(raw.filter((m) => m.exclusion?.kind === 'person').map((m) => m.text.toLowerCase()));
  const shops = new Set(raw.filter((m) => m.exclusion?.id === 'shop-appositive').map((m) => m.text.toLowerCase()));
  for (const m of raw) {
    if (m.exclusion) continue;
    const text = m.text.toLowerCase();
    if (people.has(text))
      m.exclusion = {
        id: 'person',
        kind: 'person',
        reason: 'cùng tên người đã nhận ra ở trên / the same person as above',
      };
    else if (shops.has(text))
      m.exclusion = {
        id: 'shop-appositive',
        kind: 'brand',
        reason: 'cùng tên quán, cửa hàng đã nhận ra ở trên / the same eatery or shop as above',
      };
  }
  // A name once placed elsewhere by its address ("Làng Phù Lưu (Từ Sơn, Bắc Ninh)") is that place
  // elsewhere in the article too ("Đình Phù Lưu").
  const elsewhere = new Set(raw.filter((m) => m.exclusion?.id === 'address-elsewhere').map((m) => m.entity));
  for (const m of raw)
    if (!m.exclusion && elsewhere.has(m.entity) && m.kind !== 'province')
      m.exclusion = {
        id: 'address-elsewhere',
        kind: 'other-place',
        reason: 'cùng địa danh nơi khác đã nhận ra ở trên / the same place elsewhere as above',
      };
  for (const m of raw) if (m.exclusion) m.weight = 0;
  // The province's own outlet writing "toàn tỉnh", "UBND tỉnh": the province is implied. Looked up only
  // when no strong name anchors the article (a commune's page is found by tokenising the source name).
  const strongName = raw.some((m) => !m.exclusion && m.strength !== 'weak');
  const outlet = strongName ? null : (homeOutlet(profile, article, date) ?? localPage(profile, article, date));
  if (outlet) {
    // In a home outlet's article, a bare "tỉnh", a local word ("các xã", "trên địa bàn") or any weak
    // name of the province (a commune) suffices.
    const weak = raw.find((m) => !m.exclusion);
    for (const f of tokenized.fields) {
      const bare = bareProvince(f.tokens) ?? localWord(f.tokens);
      const t = bare ?? (weak?.field === f.field ? f.tokens.find((x) => x.start === weak.offset) : undefined);
      if (!t) continue;
      const province = [...profile.entities.values()].find((e) => e.kind === 'province');
      const implied: Mention = {
        text: t.text,
        entity: province?.id ?? profile.id,
        entityName: `${province?.name ?? profile.name} (ngầm định: bài của ${outlet})`,
        kind: 'province',
        field: f.field,
        offset: t.start,
        length: t.end - t.start,
        strength: 'strong',
        weight: 1,
      };
      raw.push({ ...implied, brandContext: false, nearOtherPlace: false });
      break;
    }
  }

  const { counted, excluded } = partitionMentions(raw);
  const byEntity = new Map<string, number>();
  for (const m of counted) byEntity.set(m.entity, Math.max(byEntity.get(m.entity) ?? 0, m.weight));
  const score = Math.round([...byEntity.values()].reduce((a, b) => a + b, 0) * 100) / 100;
  // Ambiguous commune names confirm each other when two or more lie in one former district and the
  // article names no place elsewhere ("xã Kiến Thiết, Trung Sơn, Tân Long" are all in Yên Sơn).
  const byGroup = new Map<string, Set<string>>();
  for (const m of counted) {
    const group = profile.entities.get(m.entity)?.group;
    if (group) byGroup.set(group, (byGroup.get(group) ?? new Set()).add(m.entity));
  }
  const colocated = otherPlaces.length === 0 && [...byGroup.values()].some((ids) => ids.size >= 2);
  const anchored = colocated || counted.some((m) => m.strength !== 'weak');
  const relevant = anchored && score >= RELEVANCE_THRESHOLD;

  return { relevant, anchored, score, mentions: counted, excluded, date, otherPlaces: [...new Set(otherPlaces)], mode };
}

/** How each kind of named thing reads beside a mention, for the reasons shown to people. */
const KIND_WORDS: Record<EntityKind, string> = {
  province: 'tỉnh',
  'former-province': 'tỉnh trước sáp nhập',
  nickname: 'tên gọi khác',
  city: 'thành phố',
  district: 'huyện',
  ward: 'phường',
  commune: 'xã',
  landmark: 'địa danh',
  river: 'sông',
  'border-gate': 'cửa khẩu',
  product: 'sản vật',
  festival: 'lễ hội',
  agency: 'cơ quan',
  leader: 'lãnh đạo',
  'leader-title': 'chức danh lãnh đạo',
};

/** How each kind of exclusion reads in the reasons. */
const EXCLUSION_WORDS: Record<ExclusionKind, string> = {
  'common-word': 'từ thông thường',
  'other-place': 'địa danh nơi khác',
  street: 'tên đường',
  person: 'tên người',
  brand: 'tên cửa hàng, thương hiệu',
  'source-credit': 'ghi nguồn',
  'before-merger': 'tên trước sáp nhập',
  'out-of-period': 'ngoài thời kỳ của tên',
};

/**
 * The decision in words, one line per match, exclusion and rule, for the coordinator reading an
 * article: Vietnamese only, as the profile's own names and reasons are (the CLI prints the same lines).
 */
export function relevanceReasons(relevance: Relevance, provinceName: string): string[] {
  const { mentions, excluded, otherPlaces, date, score, relevant, anchored } = relevance;
  const reasons: string[] = [];
  for (const m of mentions)
    reasons.push(
      `+${m.weight} “${m.text}” → ${m.entityName} (${KIND_WORDS[m.kind] ?? m.kind}, ${m.field === 'title' ? 'tiêu đề' : 'nội dung'})`,
    );
  for (const m of excluded)
    reasons.push(
      `× “${m.text}” không tính (${EXCLUSION_WORDS[m.exclusion.kind] ?? m.exclusion.kind}): ${m.exclusion.reason}`,
    );
  if (otherPlaces.length > 0) reasons.push(`Địa danh nơi khác: ${otherPlaces.join(', ')}`);
  if (!date) reasons.push('Không rõ ngày đăng: tên theo thời kỳ được tính như hiện nay');
  else reasons.push(`Ngày đăng: ${formatDate(date)}`);
  if (!anchored && mentions.length > 0) reasons.push('Chỉ có tên mơ hồ, không đủ để kết luận');
  reasons.push(
    relevant
      ? `Liên quan đến tỉnh ${provinceName} (điểm ${score})`
      : `Không liên quan đến tỉnh ${provinceName} (điểm ${score})`,
  );
  return reasons;
}
