/** The five sections of a result report (domain-facts §7.2), their keys and printed headings. */

/** Section keys in print order. */
export const SECTION_KEYS = ['direction', 'results', 'assessment', 'nextSteps', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type NarrativeSections = Record<SectionKey, string>;

/** Printed headings of the sections (NĐ 30 practice: Roman numeral, upper case). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  direction: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  results: 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  assessment: 'III. ĐÁNH GIÁ CHUNG',
  nextSteps: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
  proposals: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
};
