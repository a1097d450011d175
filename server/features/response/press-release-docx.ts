/**
 * The press release [thông cáo báo chí] of a press conference as a DOCX in the layout of Nghị định
 * 30/2020 (Mẫu 1.4, type name THÔNG CÁO BÁO CHÍ), issued by the host in the name of the province's
 * committee: topics, the talking points put on the agenda, the questions answered and follow-ups.
 */

import { formatDateVi, isoParts } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { renderOfficialDocx, type BodyBlock, type OfficialDocument } from '../../documents/official-docx/index.js';
import { authorize } from '../../policies/policy.js';
import { getConferenceRow, presentConferences } from './press-conferences.queries.js';

/** Builds the press release of a conference; anyone who reads the response work may download it. */
export async function buildPressRelease(ctx: RequestContext, conferenceId: number) {
  authorize(ctx.actor, 'response.read');
  const [conference] = await presentConferences(ctx.db, [await getConferenceRow(ctx.db, conferenceId)]);
  const c = conference!;
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      content: `Ngày ${formatDateVi(c.heldOn)}${c.place ? `, tại ${c.place}` : ''}, ${c.hostAgencyName ?? 'Ủy ban nhân dân tỉnh'} tổ chức ${c.kind === 'regular' ? 'họp báo định kỳ' : 'họp báo'} ${c.title.replace(/^họp báo\s*/iu, '')}${c.spokespersonName ? `; chủ trì, phát ngôn: ông (bà) ${c.spokespersonName}` : ''}.`,
    },
  ];
  const said = [...c.topics, ...c.talkingPoints.map((p) => p.title)];
  if (said.length > 0) {
    body.push({ type: 'paragraph', content: 'Tại buổi họp báo, người phát ngôn đã thông tin về các nội dung:' });
    body.push({ type: 'bullets', items: said.map((s) => `${s};`) });
  }
  if (c.questions.length > 0) {
    body.push({
      type: 'paragraph',
      content: `Người phát ngôn đã trả lời ${String(c.questions.length).padStart(2, '0')} câu hỏi của phóng viên các cơ quan báo chí:`,
    });
    body.push({
      type: 'bullets',
      items: c.questions.map((q) => [
        { text: `${q.outlet ? `${q.outlet}: ` : ''}${q.question} `, bold: true },
        { text: q.answer || 'Sẽ trả lời bằng văn bản.' },
      ]),
    });
  }
  if (c.followUps.length > 0) {
    body.push({ type: 'paragraph', content: 'Các nội dung tiếp tục cung cấp thông tin:' });
    body.push({
      type: 'bullets',
      items: c.followUps.map((f) => `${f.what} (${f.owner}, trước ngày ${formatDateVi(f.dueOn)});`),
    });
  }
  body.push({
    type: 'paragraph',
    content: 'Đề nghị các cơ quan báo chí phản ánh chính xác, khách quan nội dung thông tin trên./.',
  });
  const document: OfficialDocument = {
    form: 'typed',
    issuer: { parent: null, nameLines: ['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG'] },
    number: null,
    symbol: 'TCBC-UBND',
    place: 'Tuyên Quang',
    date: c.status === 'held' ? c.heldOn : null,
    year: isoParts(c.heldOn).year,
    typeName: 'THÔNG CÁO BÁO CHÍ',
    subject: c.title,
    body,
    signature: { authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], title: 'NGƯỜI PHÁT NGÔN', name: c.spokespersonName },
    recipients: ['Các cơ quan báo chí', 'Sở Văn hóa, Thể thao và Du lịch', 'Cổng Thông tin điện tử tỉnh'],
    archive: 'VT',
  };
  return {
    bytes: new Uint8Array(await renderOfficialDocx(document)),
    filename: `Thông cáo báo chí ${formatDateVi(c.heldOn).replace(/\//g, '-')}.docx`,
  };
}
