import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeView } from '../../../common/contracts/home.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { sameDayLastYear } from './leaders-view.js';

let t: TestApp;
let viewer: Session;
beforeAll(async () => {
  t = await buildTestApp({ today: '2026-12-06' });
  viewer = await signIn(t.app, 'lanhdao');
});
afterAll(() => t.close());

const get = async (s: Session, url: string) => {
  const response = await s.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("the leader's year on the demo's 06/12/2026", () => {
  it('reads the same counts as the screens behind each part', async () => {
    const home: HomeView = await get(viewer, '/api/home');
    const year = home.yearTrack!;
    expect(year).toMatchObject({ year: 2026, through: '2026-12-06' });

    const record = await get(viewer, '/api/activities?from=2026-01-01&to=2026-12-06');
    const touched = new Set(record.activities.map((a: { taskId: number }) => a.taskId));
    expect(year.tasks.withActivity).toBeGreaterThan(0);
    expect(year.tasks.withActivity).toBeLessThanOrEqual(year.tasks.total);
    expect(year.tasks.without.every((task) => !touched.has(task.id))).toBe(true);
    for (const figure of year.indicators) {
      const sum = record.summary.indicators
        .filter((i: { code: string }) => i.code === figure.code)
        .reduce((n: number, i: { value: number }) => n + i.value, 0);
      expect(figure.value).toBeCloseTo(sum, 6);
    }
    expect(year.indicators.some((i) => i.lastYear > 0)).toBe(true);

    const budget = await get(viewer, '/api/budget?year=2026');
    expect(year.budget).toMatchObject(budget.totals);
    expect(year.budget.allocated).toBe(300_000_000 + 200_000_000 + 150_000_000 + 80_000_000 + 90_000_000);
    // Appraised on 20/10 with five working days to decide: overdue; sent on 27/11: due 11/12.
    expect(year.budget).toMatchObject({ requestsPending: 2, requestsOverdue: 1 });

    const cases = (await get(viewer, '/api/response/cases')).cases as Array<{ status: string }>;
    expect(year.openCases).toBe(cases.filter((c) => c.status !== 'closed').length);
    expect(year.overdueReports).toBeGreaterThanOrEqual(0);
    expect(home.current ? year.overdueReports >= home.current.rates.overdue : true).toBe(true);
  });

  it('is the leader’s alone; agency staff and the coordinator keep their own home', async () => {
    for (const username of ['dieuphoi', 'baotuyenquang']) {
      const home: HomeView = await get(await signIn(t.app, username), '/api/home');
      expect(home.yearTrack ?? null).toBeNull();
    }
  });

  it('the demo has a request in every state, two publications and the Happy Vietnam entries', async () => {
    const states = [
      ...(await get(viewer, '/api/budget?year=2025')).requests,
      ...(await get(viewer, '/api/budget?year=2026')).requests,
    ].map((r: { status: string }) => r.status);
    expect(new Set(states)).toEqual(new Set(['draft', 'submitted', 'appraised', 'approved', 'partial', 'refused']));
    const y2025 = await get(viewer, '/api/publications?year=2025');
    const y2026 = await get(viewer, '/api/publications?year=2026');
    expect(y2025.publications.length + y2026.publications.length).toBe(2);
    const happy = y2025.contests.find((c: { name: string }) => c.name.includes('Happy Vietnam'));
    expect(happy).toMatchObject({ awarded: 3 });
    expect(happy.entries).toHaveLength(5);
  });
});

describe('the consolidated report', () => {
  it('carries the year’s budget lines in section II, in its text and its DOCX', async () => {
    const home: HomeView = await get(viewer, '/api/home');
    const id = home.track!.period.id;
    const consolidation = await get(viewer, `/api/consolidation/periods/${id}`);
    const results: string = consolidation.narrative.sections.results;
    expect(results).toMatch(/\n\d+\. Kinh phí thực hiện công tác thông tin đối ngoại\n/);
    expect(results).toContain('- Kinh phí được giao năm 2026: 820.000.000 đồng');
    const docx = await viewer.inject({ method: 'GET', url: `/api/consolidation/periods/${id}/report.docx` });
    expect(docx.statusCode).toBe(200);
    const xml = readZipText(docx.rawPayload)
      .get('word/document.xml')!
      .replace(/<[^>]+>/g, '');
    expect(xml).toContain('Kinh phí được giao năm 2026: 820.000.000 đồng');
  });
});

describe('same dates last year', () => {
  it('keeps the day, and a 29 February becomes the 28th', () => {
    expect(sameDayLastYear('2026-12-06')).toBe('2025-12-06');
    expect(sameDayLastYear('2028-02-29')).toBe('2027-02-28');
  });
});
