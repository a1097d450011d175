import { setCatalogue } from '@common/i18n/translate';
import { type ComponentType, lazy } from 'react';

let vietnamese: Promise<void> | null = null;

/**
 * Loads the whole Vietnamese catalogue once. The build ships only the first page's messages
 * (scripts/catalogue-on-demand.mjs); in the dev server and the tests this sets what is already there.
 */
export function loadAllMessages(): Promise<void> {
  vietnamese ??= import('@common/i18n/vi/index').then(({ vi }) => setCatalogue('vi', vi));
  return vietnamese;
}

/**
 * React.lazy for everything beyond the first page: the component and the whole catalogue arrive
 * together, so a page never renders before its messages.
 */
export function lazyWithMessages<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ReturnType<typeof lazy<ComponentType<P>>> {
  return lazy(() => Promise.all([load(), loadAllMessages()]).then(([module]) => module));
}
