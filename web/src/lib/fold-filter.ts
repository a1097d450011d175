import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';
import { expandAbbreviations, foldDiacritics } from '@common/text/vietnamese';

function everyWordIn(haystack: string, query: string): boolean {
  return foldDiacritics(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * Does every word of the query appear in the text, ignoring case and diacritics ("ngoai vu" ~
 * "Ngoại vụ")? An abbreviation in the query counts spelt out too: "UBND" finds "Ủy ban nhân dân…",
 * "VHTTDL" finds "Sở Văn hóa, Thể thao và Du lịch".
 */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldDiacritics(text);
  return everyWordIn(haystack, query) || everyWordIn(haystack, expandAbbreviations(query));
}

function isGroup(item: ComboboxParsedItem): item is ComboboxParsedItemGroup {
  return 'group' in item;
}

/** A Mantine Select/MultiSelect filter that matches without diacritics, also on option keywords. */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const query = search.trim();
  const result: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (result.length >= limit) break;
    if (isGroup(option)) {
      const items = option.items.filter(
        (item) =>
          !query ||
          matchesFolded(`${item.label} ${(item as ComboboxItem & { keywords?: string }).keywords ?? ''}`, query),
      );
      if (items.length) result.push({ group: option.group, items });
    } else if (
      !query ||
      matchesFolded(
        `${(option as ComboboxItem).label} ${(option as ComboboxItem & { keywords?: string }).keywords ?? ''}`,
        query,
      )
    ) {
      result.push(option);
    }
  }
  return result;
};
