/**
 * Accessibility of every journey page: axe-core (the npm package, injected through playwright-core,
 * no network) runs on each page a journey visits; any serious or critical violation fails the
 * journey. The harness calls checkPage from signIn (the form and the first page), shot and
 * viewShot; stopHarness lists the pages a file showed but never checked. Content-Security-Policy refusals seen in the console fail it too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** WCAG 2.0–2.2 A and AA, and axe's best practices (landmarks, headings). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeNode = { target: string[]; failureSummary?: string; html: string; inComboboxList?: boolean };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

/** A page's route with numbers folded (/plans/3 → /plans/:n), so one check covers every record. */
export function routeOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname.replace(/\/\d+(?=\/|$)/g, '/:n');
}

type Tracking = { visited: Set<string>; checked: Set<string>; cspRefusals: string[] };
const tracked = new WeakMap<BrowserContext, Tracking>();
const contexts = new Set<BrowserContext>();

/** Follows a context's pages: which routes they show, and any CSP refusal in their console. */
export function trackContext(context: BrowserContext): void {
  const tracking: Tracking = { visited: new Set(), checked: new Set(), cspRefusals: [] };
  tracked.set(context, tracking);
  contexts.add(context);
  const follow = (page: Page) => {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith('http')) tracking.visited.add(routeOf(frame.url()));
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) tracking.cspRefusals.push(message.text());
    });
  };
  context.on('page', follow);
  for (const page of context.pages()) follow(page);
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×)\n${v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
          )
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * An open combobox's option list scrolls without focusable content on purpose: the keyboard stays
 * in the input and moves through the options with the arrow keys (aria-activedescendant), so axe's
 * scrollable-region-focusable does not apply to it.
 */
function isComboboxList(rule: string, node: AxeNode): boolean {
  return rule === 'scrollable-region-focusable' && node.inComboboxList === true;
}

/** The part of the injected axe global this file calls. */
type AxeGlobal = {
  axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
};

/** Runs axe on the page as it stands; throws listing every serious or critical violation. */
export async function checkPage(page: Page, label = routeOf(page.url())): Promise<void> {
  // A dialog fading or a panel unfolding is judged as it will stand, not half-drawn mid-transition.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 3000 })
    .catch(() => undefined);
  // evaluate runs outside the page's CSP, which would refuse an injected inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) =>
      (
        (
          await (window as unknown as AxeGlobal).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          })
        ).violations as AxeViolation[]
      ).map((v) => ({
        ...v,
        nodes: v.nodes.map((n) => ({
          ...n,
          inComboboxList: ((el) => Boolean(el?.closest('[role="listbox"]') ?? el?.querySelector('[role="listbox"]')))(
            document.querySelector(n.target[0]!),
          ),
        })),
      })),
    TAGS,
  );
  const failing = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isComboboxList(v.id, n)) }))
    .filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact) && v.nodes.length > 0);
  const tracking = tracked.get(page.context());
  tracking?.checked.add(routeOf(page.url()));
  if (failing.length > 0)
    throw new Error(`Accessibility (axe) on ${label} ${page.url()}:\n${describeViolations(failing)}`);
  if (tracking && tracking.cspRefusals.length > 0)
    throw new Error(`Content-Security-Policy refusals on ${label}:\n${tracking.cspRefusals.join('\n')}`);
}

/** Routes shown by a tracked context but never checked (all contexts of this file), then forgets them. */
export function uncheckedRoutes(): string[] {
  const missing = new Set<string>();
  for (const context of contexts) {
    const tracking = tracked.get(context);
    for (const route of tracking?.visited ?? []) if (!tracking?.checked.has(route)) missing.add(route);
  }
  contexts.clear();
  return [...missing].sort();
}
