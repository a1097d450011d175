import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';
import { foldDiacritics } from '../../../common/text/vietnamese';

/** Does every word of the query appear in the text, ignoring case and diacritics ("ngoai vu" ~ "Ngoại vụ")? */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldDiacritics(text);
  return foldDiacritics(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
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
      const items = option.items.filter((item) => !query || matchesFolded(`${item.label} ${(item as ComboboxItem & { keywords?: string }).keywords ?? ''}`, query));
      if (items.length) result.push({ group: option.group, items });
    } else if (!query || matchesFolded(`${(option as ComboboxItem).label} ${(option as ComboboxItem & { keywords?: string }).keywords ?? ''}`, query)) {
      result.push(option);
    }
  }
  return result;
};
