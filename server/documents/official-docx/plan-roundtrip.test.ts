import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { parsePlanText } from '../plan-parser/index.js';
import { renderPlanDocx, type PlanDocxOptions } from './plan-to-official.js';
import { seedLikeOptions, seedLikePlan } from './seed-plan.fixture.js';

/** Stored plan → official DOCX → mammoth text → the team's parser → PlanJson. */
async function roundTrip(plan: PlanJson, options?: PlanDocxOptions): Promise<PlanJson> {
  const docx = await renderPlanDocx(plan, options);
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return parsePlanText(value);
}

/** Everything but the free-form fields the parser may legitimately word differently. */
function comparable(p: PlanJson) {
  return {
    document: { ...p.document, title: p.document.title?.toLocaleLowerCase('vi') ?? null },
    legalBases: p.legalBases,
    tasks: p.tasks,
    reportingDeadlines: p.reportingDeadlines,
    recipients: p.recipients,
  };
}

describe('plan → DOCX → parser round trip', () => {
  it.each([
    ['with the seed layout (I. Mục đích … IV. Tổ chức thực hiện)', seedLikeOptions],
    ['with only the stored parts', undefined],
  ])('gives back the stored plan %s', async (_name, options) => {
    const back = await roundTrip(seedLikePlan, options);
    expect(comparable(back)).toEqual(comparable(seedLikePlan));
  });

  it('round-trips an unnumbered, undated plan', async () => {
    const plan: PlanJson = { ...seedLikePlan, document: { ...seedLikePlan.document, number: null, issuedOn: null } };
    const back = await roundTrip(plan, seedLikeOptions);
    expect(back.document.number).toBeNull();
    expect(back.document.issuedOn).toBeNull();
    expect(back.tasks.map((t) => t.code)).toEqual(plan.tasks.map((t) => t.code));
  });
});
