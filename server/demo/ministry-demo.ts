/**
 * The ministry in the demo: a ministry tenant (Bộ VHTTDL) with its account `bovhttdl`, and three
 * more provinces with small data that sent their half-year 2025 reports upward — Lào Cai (accepted),
 * Thái Nguyên (returned, with the reason) and Hà Giang (accepted before it merged into Tuyên Quang
 * on 01/7/2025, so the ministry shows it under Tuyên Quang). Tuyên Quang's own report is sent with
 * the real command and waits for the ministry.
 */
import { eq, sql } from 'drizzle-orm';
import type { UpwardFigures } from '../../common/contracts/upward.js';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { provinces } from '../db/schema/tenancy.js';
import { renderOfficialDocx } from '../documents/official-docx/index.js';
import { findPeriodId } from '../features/consolidation/build-consolidation.js';
import { createProvince } from '../features/provinces/create-province.js';
import { announceUpwardReports } from '../features/upward/announce-upward-reports.js';
import { reviewUpwardReport } from '../features/upward/review-upward-report.js';
import { recordUpwardSubmission, sendUpwardReport } from '../features/upward/send-upward-report.js';
import { ministryDueOn } from '../features/upward/upward.data.js';
import { createUser } from '../features/users/create-user.js';

/** The ministry tenant's code. */
export const MINISTRY_CODE = 'bo-vhttdl';

/** The small provinces: their share of Tuyên Quang's figures, their agencies and how their report fared. */
const SMALL_PROVINCES = [
  {
    code: 'lao-cai',
    name: 'Lào Cai',
    share: 0.8,
    expected: 24,
    submitted: 22,
    onTime: 20,
    sentOn: '2025-05-30',
    outcome: 'accept' as const,
  },
  {
    code: 'thai-nguyen',
    name: 'Thái Nguyên',
    share: 1.3,
    expected: 31,
    submitted: 27,
    onTime: 21,
    sentOn: '2025-05-27',
    outcome: 'return' as const,
  },
  {
    code: 'ha-giang',
    name: 'Hà Giang',
    share: 0.5,
    expected: 18,
    submitted: 18,
    onTime: 17,
    sentOn: '2025-05-26',
    outcome: 'accept' as const,
  },
];

const RETURN_REASON = 'Đề nghị bổ sung số liệu về thông tin tuyên truyền biên giới và kiến nghị cụ thể của tỉnh.';

/** Runs work in another province's scope inside the demo's one transaction (the setting is local to it). */
async function inProvince<T>(tx: Tx, provinceId: number, work: () => Promise<T>): Promise<T> {
  const [previous] = (await tx.execute(sql`select ttdn_province() as id`)).rows as Array<{ id: number }>;
  await tx.execute(sql`select set_config('ttdn.province_id', ${String(provinceId)}, true)`);
  try {
    return await work();
  } finally {
    await tx.execute(sql`select set_config('ttdn.province_id', ${String(previous!.id)}, true)`);
  }
}

const at = (ctx: RequestContext, date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
const rate = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** Loads the ministry, its account and the small provinces' reports (inside the demo's transaction). */
export async function loadMinistryDemo(ctx: RequestContext): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const semi25 = await findPeriodId(ctx, 2025, 'semiannual');
  const sent = await sendUpwardReport(at(ctx, '2025-05-28'), semi25);
  const successorId = sent.provinceId;
  const ministry = await createProvince(ctx, {
    code: MINISTRY_CODE,
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    kind: 'ministry',
  });
  await inProvince(tx, ministry.id, () =>
    createUser(
      ctx,
      { username: 'bovhttdl', displayName: 'Cục TTCS (Bộ VHTTDL)', password: 'demo', role: 'ministry', agencyId: null },
      { demoPassword: true },
    ),
  );
  for (const p of SMALL_PROVINCES) {
    const province = await createProvince(ctx, { code: p.code, name: p.name });
    if (p.code === 'ha-giang')
      await tx
        .update(provinces)
        .set({ validTo: '2025-06-30', mergedIntoId: successorId })
        .where(eq(provinces.id, province.id));
    const figures: UpwardFigures = {
      ...sent.figures,
      provinceName: p.name,
      planTitle: `Kế hoạch công tác thông tin đối ngoại tỉnh ${p.name} năm 2025`,
      counts: {
        expected: p.expected,
        submitted: p.submitted,
        onTime: p.onTime,
        late: p.submitted - p.onTime,
        missing: p.expected - p.submitted,
        submittedRate: rate(p.submitted, p.expected),
        onTimeRate: rate(p.onTime, p.expected),
      },
      indicators: sent.figures.indicators.map((i) => ({ ...i, total: Math.round(i.total * p.share) })),
      proposals:
        p.code === 'thai-nguyen'
          ? ''
          : `Đề nghị Bộ tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã của tỉnh ${p.name}.`,
    };
    const docx = await renderOfficialDocx({
      form: 'typed',
      issuer: { parent: null, nameLines: ['ỦY BAN NHÂN DÂN', `TỈNH ${p.name.toUpperCase()}`] },
      number: null,
      symbol: 'BC-UBND',
      place: p.name,
      date: null,
      year: 2025,
      typeName: 'BÁO CÁO',
      subject: 'Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025',
      body: [
        { type: 'heading', level: 1, text: 'I. KẾT QUẢ' },
        { type: 'paragraph', content: `${p.submitted}/${p.expected} cơ quan, đơn vị đã gửi báo cáo.` },
      ],
      signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: null },
      recipients: ['Bộ Văn hóa, Thể thao và Du lịch'],
    });
    const row = await inProvince(tx, province.id, () =>
      recordUpwardSubmission(tx, at(ctx, p.sentOn), {
        figures,
        docx,
        provinceDueOn: sent.provinceDueOn,
        ministryDueOn: ministryDueOn(sent.provinceDueOn),
        submittedBy: `Sở VHTTDL tỉnh ${p.name}`,
        periodId: null,
        source: 'local',
      }),
    );
    const reviewOn = at(
      ctx,
      p.sentOn.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')),
    );
    const reviewer = { ...reviewOn, actor: { kind: 'system' as const, name: 'demo' } };
    // The ministry's decision, read and written in the province's scope as a ministry request would be.
    await inProvince(tx, province.id, () =>
      reviewUpwardReport(
        { ...reviewer, actInProvince: (id, work) => inProvince(tx, id, () => work(ctx.db)) },
        row.id,
        p.outcome === 'return' ? { action: 'return', reason: RETURN_REASON } : { action: 'accept' },
      ),
    );
  }
  // The ministry's bell: each province's send, return and acceptance, as the sweep job announces them.
  await announceUpwardReports(tx);
}
