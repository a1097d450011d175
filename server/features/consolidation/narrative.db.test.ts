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
  it('drafts the five sections from the submissions, with the registry and the plan around them', async () => {
    const { narrative, synthesis } = await buildConsolidation(ctx, s.periodId);
    expect(narrative.version).toBe(0);
    expect(narrative.sections).toEqual(narrative.draft);
    // The demo plan's number and date, what it assigns, the reorganisation of 01/3/2025 (from the registry).
    expect(narrative.draft.direction).toContain('Kế hoạch số 08/KH-UBND ngày 14/01/2025');
    expect(narrative.draft.direction).toContain('phân công cụ thể cho 7 cơ quan, đơn vị, địa phương');
    expect(narrative.draft.direction).toContain(
      'chuyển từ Sở Thông tin và Truyền thông sang Sở Văn hóa, Thể thao và Du lịch',
    );
    // Section II follows the plan's tasks; the lead speaks first, its unchecked figures ("2 đoàn, 15 phóng viên") left out.
    expect(narrative.draft.results).toContain(
      '2.3.2. Quản lý và hướng dẫn phóng viên, báo chí nước ngoài đến hoạt động tại tỉnh',
    );
    const t232 = synthesis.tasks.find((t) => t.code === '2.3.2')!;
    expect(t232.text).toMatch(/^Sở Ngoại vụ tổ chức đón các đoàn phóng viên nước ngoài/);
    expect(narrative.draft.results).not.toContain('15 phóng viên');
    // An indicator without a phrase of its own is still said, with the table's figure.
    expect(narrative.draft.results).toContain('tin, bài thông tin đối ngoại: 27 tin, bài');
    // Late and missing agencies are counted, not named: the names go to the internal note.
    expect(narrative.draft.assessment).toContain(
      '1 cơ quan, đơn vị gửi báo cáo chậm so với thời hạn; 3 cơ quan, đơn vị chưa gửi báo cáo',
    );
    expect(narrative.draft.assessment).not.toContain('Sở Tài chính');
    expect(narrative.draft.assessment).toContain(
      'kinh phí bố trí cho công tác thông tin đối ngoại còn hạn hẹp (1 cơ quan, đơn vị nêu)',
    );
    expect(narrative.draft.nextSteps).toContain('6 tháng cuối năm 2025');
    expect(narrative.draft.proposals).toBe(
      '1. Đối với các cơ quan của tỉnh\n- Sở Tài chính: bổ sung kinh phí năm 2026.',
    );
    expect(JSON.stringify(narrative)).not.toContain('NHÁP');
  });

  it('saves edits per section with a version check and an audit row', async () => {
    const saved = await saveConsolidationNarrative(ctx, s.periodId, {
      sections: { proposals: 'Đề nghị Bộ hỗ trợ tập huấn.' },
      version: 0,
    });
    expect(saved.version).toBe(1);
    const after = await buildConsolidation(ctx, s.periodId);
    expect(after.narrative.version).toBe(1);
    expect(after.narrative.sections.proposals).toBe('Đề nghị Bộ hỗ trợ tập huấn.');
    // Sections without an edit keep following the data.
    expect(after.narrative.sections.direction).toBe(after.narrative.draft.direction);

    await expect(
      saveConsolidationNarrative(ctx, s.periodId, { sections: { proposals: 'Bản cũ' }, version: 0 }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const second = await saveConsolidationNarrative(ctx, s.periodId, {
      sections: { direction: 'Chỉ đạo sát sao.', proposals: null },
      version: 1,
    });
    expect(second.version).toBe(2);
    const latest = await buildConsolidation(ctx, s.periodId);
    expect(latest.narrative.sections.direction).toBe('Chỉ đạo sát sao.');
    // null gives the section back to the draft.
    expect(latest.narrative.sections.proposals).toBe(latest.narrative.draft.proposals);

    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'consolidation.narrative.save'), eq(auditEvents.subjectId, String(s.periodId))),
      );
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => (a.after as { version: number }).version).sort()).toEqual([1, 2]);
  });

  it('keeps the ministry’s request, the appendix choice and edited highlights beside the sections', async () => {
    const { narrative } = await buildConsolidation(ctx, s.periodId);
    const saved = await saveConsolidationNarrative(ctx, s.periodId, {
      sections: {},
      options: {
        ministryRequest:
          'Văn bản số 99/BVHTTDL-TTCS ngày 02/5/2025 của Bộ Văn hóa, Thể thao và Du lịch về việc báo cáo',
        includeAgencyLines: false,
        archiveUnit: 'KGVX',
      },
      highlights: { '2.3.2': ['Sở Ngoại vụ đón phóng viên Đài NHK'] },
      version: narrative.version,
    });
    expect(saved.options.includeAgencyLines).toBe(false);
    const after = await buildConsolidation(ctx, s.periodId);
    expect(after.narrative.options.archiveUnit).toBe('KGVX');
    expect(after.synthesis.tasks.find((t) => t.code === '2.3.2')!.highlights).toMatchObject({
      printed: ['Sở Ngoại vụ đón phóng viên Đài NHK'],
      edited: true,
    });
    expect(after.narrative.draft.results).toContain('Sở Ngoại vụ đón phóng viên Đài NHK.');
    // A later save of the text alone keeps them; null gives a task back to the rule.
    const again = await saveConsolidationNarrative(ctx, s.periodId, {
      sections: { proposals: 'Không có.' },
      highlights: { '2.3.2': null },
      version: saved.version,
    });
    expect(again.options.ministryRequest).toContain('99/BVHTTDL-TTCS');
    expect(again.highlights).toEqual({});
    expect(again.sections).toEqual({ proposals: 'Không có.' });
  });

  it('refuses an agency leader and an unknown period', async () => {
    const leader: Actor = {
      kind: 'user',
      provinceId: 1,
      userId: 1,
      username: 'ld',
      displayName: 'LĐ',
      role: 'agency-leader',
      agencyId: s.ids.ngoaiVu,
      agencyScope: [s.ids.ngoaiVu],
    };
    await expect(
      saveConsolidationNarrative({ ...ctx, actor: leader }, s.periodId, { sections: {}, version: 2 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveConsolidationNarrative(ctx, 987654, { sections: {}, version: 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
