import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type Actor, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { auditEvents } from '../../db/schema/system.js';
import { createTestDatabase } from '../../test/test-db.js';
import { buildConsolidation } from './build-consolidation.js';
import { buildScenario, type Scenario } from './consolidation.scenario.test-support.js';
import { saveConsolidationNarrative } from './save-consolidation-narrative.js';

let database: Database;
let ctx: RequestContext;
let s: Scenario;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  ctx = { db: database.db, clock: createClock('2025-06-01'), actor: { kind: 'system', name: 'test' } };
  s = await buildScenario(database.db);
});
afterAll(() => database.close());

describe('narrative', () => {
  it('drafts the five sections from the submissions', async () => {
    const { narrative } = await buildConsolidation(ctx, s.periodId);
    expect(narrative.version).toBe(0);
    expect(narrative.sections).toEqual(narrative.draft);
    expect(narrative.draft.direction).toContain('có 4/7 cơ quan, đơn vị gửi báo cáo (đạt 57,1%), trong đó 3 cơ quan, đơn vị gửi đúng hạn (hạn gửi: ngày 15/05/2025)');
    // Section II mirrors the plan's task list: each task, then who did what.
    expect(narrative.draft.results).toMatch(/^1\. /);
    expect(narrative.draft.results).toContain('- Sở Ngoại vụ: Tổ chức đón 2 đoàn phóng viên nước ngoài; kết quả: 2 đoàn, 15 phóng viên (hoàn thành).');
    expect(narrative.draft.results).toContain('Tổng hợp: 3 cơ quan, đơn vị báo cáo; 1 hoàn thành, 1 đang thực hiện, 1 thực hiện thường xuyên.');
    expect(narrative.draft.results).toMatch(/Kết quả một số chỉ tiêu chủ yếu tại biểu số liệu dưới đây\.$/);
    expect(narrative.draft.direction).toContain('- Văn bản chỉ đạo, hướng dẫn: 0 văn bản;');
    expect(narrative.draft.assessment).toContain('1. Ưu điểm');
    expect(narrative.draft.assessment).toContain('3 cơ quan, đơn vị chưa gửi báo cáo: Sở Công Thương; Sở Nội vụ; Sở Tài chính.');
    expect(narrative.draft.assessment).toContain('+ Sở Tư pháp: Thiếu kinh phí cho hoạt động thông tin đối ngoại.');
    expect(narrative.draft.nextSteps).toContain('6 tháng cuối năm 2025');
    expect(narrative.draft.proposals).toBe('- Sở Tư pháp: Đề nghị bổ sung kinh phí năm 2026.');
    expect(JSON.stringify(narrative)).not.toContain('NHÁP');
  });

  it('saves edits per section with a version check and an audit row', async () => {
    const saved = await saveConsolidationNarrative(ctx, s.periodId, { sections: { proposals: 'Đề nghị Bộ hỗ trợ tập huấn.' }, version: 0 });
    expect(saved.version).toBe(1);
    const after = await buildConsolidation(ctx, s.periodId);
    expect(after.narrative.version).toBe(1);
    expect(after.narrative.sections.proposals).toBe('Đề nghị Bộ hỗ trợ tập huấn.');
    // Sections without an edit keep following the data.
    expect(after.narrative.sections.direction).toBe(after.narrative.draft.direction);

    await expect(saveConsolidationNarrative(ctx, s.periodId, { sections: { proposals: 'Bản cũ' }, version: 0 })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const second = await saveConsolidationNarrative(ctx, s.periodId, { sections: { direction: 'Chỉ đạo sát sao.', proposals: null }, version: 1 });
    expect(second.version).toBe(2);
    const latest = await buildConsolidation(ctx, s.periodId);
    expect(latest.narrative.sections.direction).toBe('Chỉ đạo sát sao.');
    // null gives the section back to the draft.
    expect(latest.narrative.sections.proposals).toBe(latest.narrative.draft.proposals);

    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'consolidation.narrative.save'), eq(auditEvents.subjectId, String(s.periodId))));
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => (a.after as { version: number }).version).sort()).toEqual([1, 2]);
  });

  it('refuses an agency leader and an unknown period', async () => {
    const leader: Actor = { kind: 'user', userId: 1, username: 'ld', displayName: 'LĐ', role: 'agency-leader', agencyId: s.ids.ngoaiVu, agencyScope: [s.ids.ngoaiVu] };
    await expect(saveConsolidationNarrative({ ...ctx, actor: leader }, s.periodId, { sections: {}, version: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveConsolidationNarrative(ctx, 987654, { sections: {}, version: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
