import type { Syllable } from '../../../../common/text/syllables.js';
import {
  ABBREVIATED_TITLES,
  ADDRESS_DESIGNATORS,
  AGE_WORDS,
  APPOSITIVE_SHOP_WORDS,
  APPOSITIVE_STOPS,
  DEMONYM_TITLES,
  FORMER_WORDS,
  GIVEN_NAMES,
  PERFORMER_AFTER,
  ROUTE_WORDS,
  BRAND_STOPS,
  CREDIT_WORDS,
  isPersonTitle,
  KIN_WORDS,
  MIDDLE_NAMES,
  ORIGIN_LIST_WORDS,
  PLACED_IN,
  PLACEMENT_WORDS,
  ORGANISATION_WORDS,
  PLACE_PREPOSITIONS,
  TRAILING_BRAND_WORDS,
  SPEECH_VERBS,
  STREET_FALSE_FRIENDS,
  STREET_WORDS,
  STREET_WORDS_AFTER,
  SURNAMES,
  UNIT_DESIGNATORS,
} from './context-words.js';
import type { PhraseHit } from './phrase-trie.js';
import type { ExclusionEntry, NameEntry, OtherPlace } from './profile.js';
import type { ExclusionHit } from './types.js';

/**
 * The context rules around one name of the province: each returns the exclusion that cancels the
 * name (a street, a person, a credit line, an address elsewhere), or null. Vietnamese writing rules,
 * the same for every province; the province's own confounders are data in its profile.
 */

const keyAt = (tokens: Syllable[], i: number) => (i >= 0 && i < tokens.length ? tokens[i]!.key : undefined);
const pair = (tokens: Syllable[], i: number) => `${keyAt(tokens, i)} ${keyAt(tokens, i + 1)}`;

/** A street of another city: "phố Tuyên Quang", "đường Hà Giang" (not a route "Hà Giang – Đồng Văn"). */
export function isStreet(tokens: Syllable[], hit: PhraseHit<unknown>, entry: NameEntry): ExclusionHit | null {
  if (!entry.capitals[0]) return null; // "tỉnh Hà Giang": the alias itself starts with a designator
  // English puts the street word after the name, capitalised: "on Tuyen Quang Street in Hai Ba Trung".
  const after = tokens[hit.to];
  if (after?.cap && after.punctBefore === '' && STREET_WORDS_AFTER.has(after.key))
    return {
      id: 'street',
      kind: 'street',
      reason: `“… ${after.text}” là tên phố/đường, thường ở thành phố khác / a street name`,
    };
  const previous = keyAt(tokens, hit.from - 1);
  if (!previous || !STREET_WORDS.has(previous)) return null;
  if (tokens[hit.from]!.punctBefore !== '') return null;
  const beforeStreet = keyAt(tokens, hit.from - 2);
  if (beforeStreet && STREET_FALSE_FRIENDS.has(beforeStreet)) return null;
  // "đường Hà Giang – Đồng Văn" is a route between two places, not a street; after "phố", "ngõ" the dash
  // joins two streets of one city ("nút giao phố Tuyên Quang – Trần Khát Chân").
  const next = tokens[hit.to];
  if (next && /[–—-]/.test(next.punctBefore) && ROUTE_WORDS.has(previous)) return null;
  return {
    id: 'street',
    kind: 'street',
    reason: `“${tokens[hit.from - 1]!.text} …” là tên phố/đường, thường ở thành phố khác / a street name`,
  };
}

/** A person's name: after a title or a family name, before a speech verb or an age. */
export function isPerson(tokens: Syllable[], hit: PhraseHit<unknown>, province = false): ExclusionHit | null {
  const first = tokens[hit.from]!;
  const glued = first.punctBefore === '';
  const p1 = keyAt(tokens, hit.from - 1);
  const p2 = keyAt(tokens, hit.from - 2);
  const person = (why: string): ExclusionHit => ({ id: 'person', kind: 'person', reason: why });
  // "xã Lâm Bình cho biết", "UBND phường Minh Xuân nói": a unit designator makes it the place.
  if (glued && p1 !== undefined && UNIT_DESIGNATORS.has(p1)) return null;
  // "nữ sinh Tuyên Quang" is a student from the province, not a girl named Tuyên Quang.
  const demonym = province && DEMONYM_TITLES.has(`${p2} ${p1}`);
  if (glued && !demonym && isPersonTitle(p2, p1))
    return person(`đứng sau danh xưng “${p1}” — tên người / a person's name`);
  // "named after her grandmother, Ha Giang, whose…": an English kinship word, then the name in apposition.
  if (first.punctBefore === ',' && !first.sentenceStart && p1 !== undefined && KIN_WORDS.has(p1))
    return person(`đứng sau “${p1},” — tên người thân / a relative's name`);
  // "Dr. Lam Binh", "TS. Hà Giang": an abbreviated title and its full stop.
  if (first.punctBefore === '.' && !first.sentenceStart && p1 !== undefined && ABBREVIATED_TITLES.has(p1))
    return person(`đứng sau danh xưng viết tắt “${p1}.” — tên người / a person's name`);
  // "Rapper trẻ Tuyên Quang", "ca sĩ nhí Hà Giang": a title, an age word, then the name.
  if (glued && p1 !== undefined && AGE_WORDS.has(p1) && isPersonTitle(keyAt(tokens, hit.from - 3), p2))
    return person(`đứng sau danh xưng “${p2} ${p1}” — tên người / a person's name`);
  // "Nguyễn Thị Hà Giang", "Lê Thanh Thủy": a capitalised family or middle name glued to the name.
  const previous = tokens[hit.from - 1];
  if (glued && previous?.cap && (SURNAMES.has(previous.key) || MIDDLE_NAMES.has(previous.key)))
    return person(`đứng sau họ/tên đệm “${previous.text}” — tên người / a person's name`);
  const next = tokens[hit.to];
  if (next && next.punctBefore === '' && (SPEECH_VERBS.has(next.key) || SPEECH_VERBS.has(pair(tokens, hit.to))))
    return person(`theo sau là “${next.text}…” (động từ nói) — tên người / a speaker`);
  // "Hazel Ha Giang Nguyen": a given name in Western order, the family name last and glued to it;
  // also at the start of a sentence or after a title ("Ha Giang Nguyen, who…", "Chef Ha Giang Nguyen
  // opens…") when the surname closes the name (no capitalised word glued after it, as in "Hoàng Su Phì").
  const after = tokens[hit.to + 1];
  if (
    next?.cap &&
    next.punctBefore === '' &&
    SURNAMES.has(next.key) &&
    (first.sentenceStart || (previous?.cap && glued)) &&
    !(after && after.punctBefore === '' && (after.cap || after.upper || after.num))
  )
    return person(`họ “${next.text}” đứng sau tên — tên người viết theo lối phương Tây / a person's name`);
  if (next?.num && next.punctBefore.includes('(') && keyAt(tokens, hit.to + 1) === 'tuổi')
    return person('theo sau là tuổi — tên người / followed by an age');
  if (next?.punctBefore.includes('(') && pair(tokens, hit.to) === 'tên thật')
    return person('theo sau là “(tên thật …)” — nghệ danh / a stage name');
  if (next && next.punctBefore === ',' && pair(tokens, hit.to) === 'sinh năm')
    return person('theo sau là năm sinh — tên người / followed by a birth year');
  return null;
}

/**
 * A nickname made of a given name and a place ("Hải Mã Pí Lèng tiệm sửa xe Gò Vấp", "Tùng Hà Giang"):
 * a capitalised common given name glued before the name, opening the sentence or after a lower-case word.
 */
export function isNickname(tokens: Syllable[], hit: PhraseHit<unknown>): ExclusionHit | null {
  const previous = tokens[hit.from - 1];
  if (!previous?.cap || tokens[hit.from]!.punctBefore !== '' || !GIVEN_NAMES.has(previous.key)) return null;
  const before = tokens[hit.from - 2];
  if (!previous.sentenceStart && before && previous.punctBefore === '' && (before.cap || before.upper)) return null;
  return {
    id: 'nickname',
    kind: 'person',
    reason: `tên gọi “${previous.text} …” ghép tên người với địa danh — biệt danh / a person's nickname`,
  };
}

/** A press agency named only in a credit line ("Theo Báo Tuyên Quang"). */
export function isCredit(tokens: Syllable[], hit: PhraseHit<unknown>, entry: NameEntry): ExclusionHit | null {
  if (entry.entity.kind !== 'agency') return null;
  const previous = keyAt(tokens, hit.from - 1);
  if (!previous || !CREDIT_WORDS.has(previous)) return null;
  return {
    id: 'source-credit',
    kind: 'source-credit',
    reason: 'chỉ là dòng ghi nguồn (“Theo …”) / only a credit line',
  };
}

/**
 * A comparison, not the place: "được ví như “Lũng Cú thứ hai”", "như một Đồng Văn thứ hai" — the name
 * followed by "thứ hai/2" (lower-case, so not the weekday "thứ Hai") after "như"/"ví" or an opening quote.
 */
export function isComparison(tokens: Syllable[], hit: PhraseHit<unknown>): ExclusionHit | null {
  const second = tokens[hit.to + 1];
  if (keyAt(tokens, hit.to) !== 'thứ' || !second || second.cap || (second.key !== 'hai' && second.key !== '2'))
    return null;
  const quoted = /^["“'‘]$/.test(tokens[hit.from]!.punctBefore);
  const likened = [1, 2, 3].some((d) => ['như', 'ví', 'like'].includes(keyAt(tokens, hit.from - d) ?? ''));
  if (!quoted && !likened) return null;
  return { id: 'comparison', kind: 'other-place', reason: 'so sánh (“… thứ hai”), không phải nơi này / a comparison' };
}

/**
 * Where visitors came from, not the place written about: "khách từ Hà Nội, Tuyên Quang…", "lượng khách
 * từ các tỉnh lân cận như Phú Thọ, Tuyên Quang" — the province in a list after "khách (đến) từ", within
 * its sentence. Only the province's own names (its communes are places people come from rarely).
 */
export function isVisitorOrigin(tokens: Syllable[], hit: PhraseHit<unknown>, entry: NameEntry): ExclusionHit | null {
  const kind = entry.entity.kind;
  if (kind !== 'province' && kind !== 'former-province') return null;
  for (let i = hit.from - 1, steps = 0; i >= 1 && steps < 14; i--, steps++) {
    if (tokens[i + 1]!.sentenceStart) return null;
    const t = tokens[i]!;
    if (t.key === 'từ') {
      const before = keyAt(tokens, i - 1);
      const visitors = before === 'khách' || (before === 'đến' && keyAt(tokens, i - 2) === 'khách');
      return visitors
        ? {
            id: 'visitor-origin',
            kind: 'other-place',
            reason: 'nơi khách đến từ, không phải nơi được viết về / where visitors came from',
          }
        : null;
    }
    if (!(t.cap || ORIGIN_LIST_WORDS.has(t.key))) return null;
  }
  return null;
}

/**
 * An eatery or shop named after the place, as an English appositive says: "Lung Cu, a new Footscray
 * canteen, is …", "Dong Van, a noodle bar on Hopkins Street" — ", a/an", at most three words, then the
 * head noun (restaurant, canteen, cafe, …) closing the phrase (punctuation, the end, or "in/on/at").
 * Not after a preposition ("in Ha Giang, a new hotel opened"), nor past "with", "of", "where"… ("Dong
 * Van, a town with a cafe on every corner").
 */
export function isShopAppositive(tokens: Syllable[], hit: PhraseHit<unknown>): ExclusionHit | null {
  const previous = keyAt(tokens, hit.from - 1);
  if (previous && !tokens[hit.from]!.sentenceStart && PLACE_PREPOSITIONS.has(previous)) return null;
  const article = tokens[hit.to];
  if (article?.punctBefore !== ',' || (article.key !== 'a' && article.key !== 'an')) return null;
  for (let j = hit.to + 1; j < tokens.length && j <= hit.to + 4; j++) {
    const t = tokens[j]!;
    if (t.punctBefore !== '' || t.sentenceStart || APPOSITIVE_STOPS.has(t.key)) return null;
    if (!APPOSITIVE_SHOP_WORDS.has(t.key)) continue;
    // The head closes the phrase: "a cafe town", "a hotel-packed valley" go on past it.
    const after = tokens[j + 1];
    const closed =
      !after || after.sentenceStart || /[,.;:)!?–—]/.test(after.punctBefore) || ['in', 'on', 'at'].includes(after.key);
    if (!closed || after?.punctBefore === '-') return null;
    return {
      id: 'shop-appositive',
      kind: 'brand',
      reason: `“…, ${article.text} … ${t.text}” — tên quán, cửa hàng đặt theo địa danh / an eatery or shop named after the place`,
    };
  }
  return null;
}

/** Part of a company or shop name ("Công ty TNHH … Tuyên Quang"). */
export function hasBrandContext(tokens: Syllable[], hit: PhraseHit<unknown>): boolean {
  // A shop named after the place, the kind of shop following the name ("Mã Pí Lèng Coffee").
  const next = tokens[hit.to];
  if (next && next.punctBefore === '' && next.cap && TRAILING_BRAND_WORDS.has(next.key)) return true;
  // A band or performer named after the place, then the show ("Mèo Vạc live tại Hà Nội").
  if (next && next.punctBefore === '' && !next.cap && PERFORMER_AFTER.has(next.key)) return true;
  // Walk back through the name (capitalised words) within the clause, looking for "Công ty", "khách sạn"…
  for (let i = hit.from - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const t = tokens[i]!;
    const after = tokens[i + 1]!;
    // A shop name in quotes ("quán “Phở bò Hà Giang”") is still the shop's name.
    // … and so is one announced by "tên" ("quán cà phê tên “Mã Pí Lèng”"): walk on to the shop word.
    // The kind of shop may carry one word of its own before the quote ("quán lẩu “…”", "tiệm bánh “…”",
    // "nhà hàng lẩu “…”").
    const opensQuote =
      /^["“'‘]$/.test(after.punctBefore) &&
      (t.key === 'tên' ||
        ORGANISATION_WORDS.has(t.key) ||
        ORGANISATION_WORDS.has(pair(tokens, i - 1)) ||
        (tokens[i]!.punctBefore === '' &&
          (ORGANISATION_WORDS.has(keyAt(tokens, i - 1) ?? '') ||
            (tokens[i - 1]?.punctBefore === '' && ORGANISATION_WORDS.has(pair(tokens, i - 2))))));
    // A code joined by hyphens is one name ("tàu cá QNg-90068-TS mang tên …", "xe 23A-123.45").
    const inCode = after.punctBefore === '-' && /\d/.test(t.key);
    if (after.punctBefore !== '' && after.punctBefore !== '&' && !opensQuote && !inCode) return false;
    if (BRAND_STOPS.has(t.key)) return false;
    if (ORGANISATION_WORDS.has(t.key) || ORGANISATION_WORDS.has(pair(tokens, i))) return true;
    // An opening quote reads as a sentence start; the name in quotes goes on to the word before it.
    if (t.sentenceStart && !/^["“'‘]$/.test(t.punctBefore)) return false;
  }
  return false;
}

/** An address that goes on to another province ("xã Yên Sơn, huyện Quốc Oai, Hà Nội"). */
export function otherPlaceInChain(
  tokens: Syllable[],
  hit: PhraseHit<unknown>,
  entry: NameEntry,
  ownStarts: Uint8Array,
  otherAt: Map<number, PhraseHit<OtherPlace>>,
): ExclusionHit | null {
  const kind = entry.entity.kind;
  if (kind === 'province' || kind === 'former-province' || kind === 'nickname' || kind === 'leader') return null;
  const previous = keyAt(tokens, hit.from - 1);
  const designated = !entry.capitals[0] || (previous !== undefined && UNIT_DESIGNATORS.has(previous));
  let sawDesignator = false;
  // "Làng Phù Lưu (Từ Sơn, Bắc Ninh)": a bracketed address after the name places it.
  let bracketed = false;
  let placedIn = false;
  for (let j = hit.to, steps = 0; j < tokens.length && steps < 9; steps++) {
    const t = tokens[j]!;
    if (j === hit.to && t.punctBefore.includes('(')) bracketed = true;
    if (t.sentenceStart || /[–—;]|-/.test(t.punctBefore) || t.punctBefore.includes(')')) return null;
    if (ownStarts[j]) return null;
    const other = otherAt.get(j);
    if (other) {
      const place = other.values[0]!;
      if (place.neutral) {
        j = other.to;
        continue;
      }
      if (designated || sawDesignator || bracketed || t.punctBefore.includes('('))
        return {
          id: 'address-elsewhere',
          kind: 'other-place',
          reason: `địa danh cùng tên thuộc ${place.name} / a same-named place in ${place.name}`,
        };
      return null;
    }
    if (ADDRESS_DESIGNATORS.has(t.key)) sawDesignator = true;
    else if (t.key === PLACED_IN && !t.cap) {
      // "Vị Xuyên thuộc trung tâm Nam Định cũ": "thuộc" (belonging to) places it as a designator does.
      sawDesignator = true;
      placedIn = true;
    } else if (placedIn && PLACEMENT_WORDS.has(t.key) && !t.cap) {
      // "thuộc địa phận …", "thuộc khu vực …": the words between "thuộc" and the place.
    } else if (j === hit.to && FORMER_WORDS.has(t.key) && t.punctBefore === '') {
      // "phường Vị Xuyên cũ (thành phố Nam Định…)": the former unit, then where it was.
    } else if (!(t.cap || t.num || t.upper)) return null;
    j++;
  }
  return null;
}

/** A configured exclusion phrase that covers the name ("KCN Đồng Văn"). */
export function coveringExclusion(
  hits: PhraseHit<ExclusionEntry>[],
  hit: PhraseHit<unknown>,
  caseSensitive: boolean,
): ExclusionEntry | null {
  for (const x of hits) {
    if (x.from > hit.from || x.to < hit.to) continue;
    const entry = x.values.find((v) => v.caseSensitive === caseSensitive);
    if (entry) return entry;
  }
  return null;
}
