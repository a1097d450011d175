/**
 * The invitation to a press conference [giấy mời họp báo] as a DOCX công văn (Nghị định 30/2020,
 * Mẫu 1.5) addressed to the invited outlets: when, where, who speaks and on what.
 */

import { formatDateVi, isoParts } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { type OfficialDocument, renderOfficialDocx } from '../../documents/official-docx/index.js';
import { authorize } from '../../policies/policy.js';
import { getConferenceRow, presentConferences } from './press-conferences.queries.js';

/** Builds the invitation of a conference; anyone who reads the response work may download it. */
export async function buildPressInvitation(ctx: RequestContext, conferenceId: number) {
  authorize(ctx.actor, 'response.read');
  const [conference] = await presentConferences(ctx.db, [await getConferenceRow(ctx.db, conferenceId)]);
  const c = conference!;
  const topics = [...c.topics, ...c.talkingPoints.map((p) => p.title)];
  const document: OfficialDocument = {
    form: 'cong-van',
    issuer: { parent: null, nameLines: ['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG'] },
    number: null,
    symbol: 'GM-UBND',
    place: 'Tuyên Quang',
    date: null,
    year: isoParts(c.heldOn).year,
    typeName: null,
    subject: `mời dự ${c.title.replace(/^Họp báo/u, 'họp báo')}`,
    addressees: c.invitedOutlets.length > 0 ? c.invitedOutlets : ['Các cơ quan báo chí'],
    body: [
      {
        type: 'paragraph',
        content: `${c.hostAgencyName ?? 'Ủy ban nhân dân tỉnh'} trân trọng kính mời đại diện lãnh đạo và phóng viên quý cơ quan dự ${c.title.replace(/^Họp báo/u, 'họp báo')}${c.spokespersonName ? `, do ông (bà) ${c.spokespersonName}, người phát ngôn, chủ trì` : ''}.`,
      },
      {
        type: 'paragraph',
        content: [{ text: 'Thời gian: ', bold: true }, { text: `ngày ${formatDateVi(c.heldOn)}.` }],
      },
      {
        type: 'paragraph',
        content: [{ text: 'Địa điểm: ', bold: true }, { text: `${c.place || 'Trụ sở Ủy ban nhân dân tỉnh'}.` }],
      },
      ...(topics.length > 0
        ? [
            { type: 'paragraph' as const, content: 'Nội dung thông tin:' },
            { type: 'bullets' as const, items: topics.map((t) => `${t};`) },
          ]
        : []),
      { type: 'paragraph', content: 'Rất mong quý cơ quan quan tâm, cử phóng viên tham dự./.' },
    ],
    signature: { authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], title: 'NGƯỜI PHÁT NGÔN', name: c.spokespersonName },
    recipients: ['Như trên', 'Sở Văn hóa, Thể thao và Du lịch'],
    archive: 'VT',
  };
  return {
    bytes: new Uint8Array(await renderOfficialDocx(document)),
    filename: `Giấy mời họp báo ${formatDateVi(c.heldOn).replace(/\//g, '-')}.docx`,
  };
}
