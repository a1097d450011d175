/** Every web component test: the window lives at the real server's origin; React trees are unmounted after each test. */
import { cleanup, configure } from '@testing-library/react';
import { afterEach, inject } from 'vitest';
import { settleQueries } from './app';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server started by e2e/web-server.setup.ts. */
    apiBaseUrl: string;
  }
}

/** happy-dom's control object on its window (not part of the DOM typings). */
type HappyDomWindow = Window & { happyDOM: { setURL(url: string): void; waitUntilComplete(): Promise<void> } };
const happyDOM = (window as unknown as HappyDomWindow).happyDOM;

// Relative API paths ("/api/…") and the session cookie then belong to the real server.
happyDOM.setURL(`${inject('apiBaseUrl')}/`);

// Each screen waits on the real server (a save, then a refetch); on a busy 2-core machine that can
// take seconds (CI runs the browser journeys beside it), far more than Testing Library’s 1 s default.
configure({ asyncUtilTimeout: 25_000 });

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens on it for web fonts loading.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

// Requests a screen started (refetches after a save) finish before the next test or the teardown,
// instead of being cut off mid-flight.
afterEach(async () => {
  await settleQueries();
  cleanup();
  await happyDOM.waitUntilComplete();
});
