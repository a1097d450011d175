/**
 * A year of response work in Tuyên Quang (2026, up to the demo's 26/11/2026): twelve cases of every
 * kind and outcome — a wrong-map product seized, a viral rumour about a landslide rebutted at an
 * ad-hoc press conference, a foreign outlet's article handled on a need-to-know basis — quarterly
 * press conferences with the second quarter missing, and two foreign press groups. Everything goes
 * through the commands, on the day it happened, so the audit trail and the reports read as real.
 */

import { eq } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { agencies } from '../db/schema/organisations.js';
import { spokespersons } from '../db/schema/reporting.js';
import { users } from '../db/schema/system.js';
import { addCasePost } from '../features/response/add-case-post.js';
import { addCaseAction, completeCaseAction } from '../features/response/case-actions.js';
import { registerForeignVisit, transitionForeignVisit } from '../features/response/foreign-visits.js';
import { openCase } from '../features/response/open-case.js';
import { holdPressConference, planPressConference } from '../features/response/press-conferences.js';
import { answerReferral } from '../features/response/answer-referral.js';
import { referCase } from '../features/response/refer-case.js';
import { transitionCase } from '../features/response/transition-case.js';

import { CASES, CONFERENCES, SVH, tq } from './response-demo.data.js';

/** Loads the response story; called by the demo loader inside its transaction. */
export async function loadResponseDemo(ctx: RequestContext): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const on = (date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
  const agencyRows = await tx.select({ id: agencies.id, name: agencies.name }).from(agencies);
  const agencyId = (name: string) => agencyRows.find((a) => a.name === name)?.id ?? null;
  // The coordinator does the case work, so a need-to-know case has her as its coordinator.
  const [coordinator] = await tx.select().from(users).where(eq(users.username, 'dieuphoi'));
  const asCoordinator = (date: string): RequestContext =>
    coordinator
      ? {
          ...on(date),
          actor: {
            kind: 'user',
            userId: coordinator.id,
            username: coordinator.username,
            displayName: coordinator.displayName,
            role: coordinator.role,
            provinceId: coordinator.provinceId,
            agencyId: coordinator.agencyId,
            agencyScope: coordinator.agencyId === null ? [] : [coordinator.agencyId],
          },
        }
      : on(date);
  const [speaker] = await tx
    .select({ id: spokespersons.id })
    .from(spokespersons)
    .innerJoin(agencies, eq(agencies.id, spokespersons.agencyId))
    .where(eq(agencies.name, 'Văn phòng Ủy ban nhân dân tỉnh'));
  const conferenceIds = new Map<string, number>();
  for (const c of CONFERENCES) {
    const planned = await planPressConference(on(c.heldOn), {
      kind: c.kind,
      title: c.title,
      heldOn: c.heldOn,
      place: 'Trụ sở Ủy ban nhân dân tỉnh',
      hostAgencyId: agencyId('Văn phòng Ủy ban nhân dân tỉnh'),
      spokespersonId: speaker?.id ?? null,
      topics:
        c.kind === 'regular'
          ? ['Tình hình kinh tế - xã hội của tỉnh trong quý', 'Kết quả thu hút đầu tư, du lịch']
          : [],
      invitedOutlets: ['Báo và PT-TH Tuyên Quang', 'Báo Nhân Dân', 'Thông tấn xã Việt Nam', 'VTV'],
    });
    conferenceIds.set(c.key, planned.id);
  }
  for (const demo of CASES) {
    const opened = await openCase(asCoordinator(demo.on), demo.body);
    for (const step of demo.steps) {
      const at = asCoordinator(step.on);
      if (step.do === 'verify' || step.do === 'respond')
        await transitionCase(at, { caseId: opened.id, action: step.do });
      else if (step.do === 'close')
        await transitionCase(at, { caseId: opened.id, action: 'close', outcome: step.outcome });
      else if (step.do === 'post') await addCasePost(at, { caseId: opened.id, url: step.url });
      else if (step.do === 'refer') {
        const detail = await referCase(at, {
          caseId: opened.id,
          agencyId: agencyId(step.agency)!,
          request: step.request,
          workingDays: step.days,
        });
        if (step.answer) await answerReferral(on(step.answer.on), detail.referrals.at(-1)!.id, step.answer.text);
      } else if (step.do === 'action') {
        const detail = await addCaseAction(at, {
          caseId: opened.id,
          kind: step.kind,
          title: step.title,
          ownerName: step.owner,
          dueOn: step.done?.on ?? step.on,
          pressConferenceId: step.conference ? conferenceIds.get(step.conference) : null,
        });
        if (step.done) {
          const actionId = detail.actions.at(-1)!.id;
          await completeCaseAction(asCoordinator(step.done.on), {
            actionId,
            outcome: step.done.outcome,
            url: step.done.url ?? null,
          });
        }
      }
    }
  }
  for (const c of CONFERENCES) {
    if (c.heldOn > '2026-11-26') continue;
    await holdPressConference(on(c.heldOn), {
      id: conferenceIds.get(c.key)!,
      attendance: c.attendance,
      questions: [
        {
          outlet: 'Báo Nhân Dân',
          question: 'Tỉnh xử lý thông tin sai sự thật trên mạng xã hội thế nào?',
          answer: 'Tỉnh phát hiện sớm, xác minh và cải chính ngay trong ngày.',
        },
        {
          outlet: 'Thông tấn xã Việt Nam',
          question: 'Kết quả thu hút khách du lịch quốc tế?',
          answer: 'Tăng so với cùng kỳ; số liệu chi tiết gửi kèm thông cáo.',
        },
      ],
      followUps: [{ what: 'Gửi số liệu du lịch chi tiết cho báo chí', owner: SVH, dueOn: c.heldOn, done: true }],
      coverageUrls: [tq(`hop-bao-${c.key}.html`)],
    });
  }
  // Two foreign press groups: a non-resident television crew through the Foreign Ministry, and a
  // resident agency's reporter who applied to the province directly.
  const nhk = await registerForeignVisit(on('2026-03-16'), {
    outlet: 'NHK',
    country: 'Nhật Bản',
    residency: 'non-resident',
    members: [
      { name: 'Tanaka Hiroshi', nationality: 'Nhật Bản', passport: 'TK1234567', role: 'Phóng viên' },
      { name: 'Sato Yuki', nationality: 'Nhật Bản', passport: 'TK7654321', role: 'Quay phim' },
    ],
    purpose: 'Làm phim tài liệu về Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn',
    itinerary: 'Đồng Văn, Mèo Vạc, Quản Bạ',
    receivedOn: '2026-03-16',
    startOn: '2026-04-06',
    endOn: '2026-04-10',
    escorts: 'Sở Ngoại vụ cử 01 cán bộ đi cùng',
    coordination: 'Công an tỉnh, Bộ đội Biên phòng tỉnh',
  });
  await transitionForeignVisit(on('2026-03-25'), { id: nhk.id, action: 'approve', text: 'Công văn số 1021/BNG-TTBC' });
  await transitionForeignVisit(on('2026-03-27'), { id: nhk.id, action: 'accept', text: 'Công văn số 412/UBND-NC' });
  await transitionForeignVisit(on('2026-04-13'), {
    id: nhk.id,
    action: 'complete',
    text: 'Đoàn hoạt động đúng chương trình; phóng sự phát sóng ngày 02/5/2026, nội dung tích cực.',
    coverageUrls: ['https://www3.nhk.or.jp/nhkworld/en/news/dongvan-geopark'],
  });
  const xinhua = await registerForeignVisit(on('2026-08-31'), {
    outlet: 'Tân Hoa xã (văn phòng thường trú tại Hà Nội)',
    country: 'Trung Quốc',
    residency: 'resident',
    members: [{ name: 'Li Wei', nationality: 'Trung Quốc', passport: 'E12345678', role: 'Phóng viên thường trú' }],
    purpose: 'Đưa tin Lễ hội Thành Tuyên 2026',
    itinerary: 'Phường Minh Xuân, phường Phan Thiết',
    receivedOn: '2026-08-31',
    startOn: '2026-09-24',
    endOn: '2026-09-26',
    escorts: 'Sở Ngoại vụ',
    coordination: 'Công an tỉnh',
  });
  await transitionForeignVisit(on('2026-09-04'), { id: xinhua.id, action: 'accept', text: 'Công văn số 1533/UBND-NC' });
  await transitionForeignVisit(on('2026-09-28'), {
    id: xinhua.id,
    action: 'complete',
    text: 'Đoàn hoạt động đúng chương trình.',
  });
}
