import { isoParts } from '../../../common/calendar/index.js';
import type { GuidanceView } from '../../../common/contracts/guidance.js';
import type { RequestContext } from '../../context.js';
import { type OfficialDocument, renderOfficialDocx } from '../../documents/official-docx/index.js';
import type { BodyBlock } from '../../documents/official-docx/official-document.js';
import { loadGuidanceView } from './guidance.data.js';
import { getGuidance } from './guidance.queries.js';

const ISSUER = { parent: 'UBND TỈNH TUYÊN QUANG', nameLines: ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'] };

/**
 * A guidance note as a công văn (Nghị định 30/2020, Mẫu 1.5): "V/v định hướng tuyên truyền …",
 * addressed to its recipients (a list attached when more than four), the body's paragraphs, what it
 * is linked to, and the acknowledgement the agencies owe. The registered number, when given, is printed.
 */
export function guidanceDocument(note: GuidanceView): OfficialDocument {
  const paragraphs: BodyBlock[] = note.body
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((content) => ({ type: 'paragraph', content }));
  const links = [
    ...note.tasks.map((t) => `Nhiệm vụ ${t.code}: ${t.title}`),
    ...(note.anniversary ? [note.anniversary.title] : []),
    ...(note.responseCase ? [`Vụ việc: ${note.responseCase.title}`] : []),
  ];
  const [y, m, d] = note.acknowledgeBy.split('-');
  const many = note.recipientList.length > 4;
  const body: BodyBlock[] = [
    ...paragraphs,
    ...(links.length
      ? [
          { type: 'paragraph', content: 'Nội dung định hướng gắn với:' } as BodyBlock,
          { type: 'bullets', items: links } as BodyBlock,
        ]
      : []),
    {
      type: 'paragraph',
      content: [
        {
          text: 'Đề nghị các cơ quan, đơn vị nghiên cứu, triển khai và xác nhận đã tiếp thu trên Hệ thống quản lý thông tin đối ngoại ',
        },
        { text: `trước ngày ${d}/${m}/${y}`, bold: true },
        { text: './.' },
      ],
    },
    ...(many
      ? ([
          { type: 'page-break' },
          {
            type: 'table',
            title: 'DANH SÁCH CƠ QUAN, ĐƠN VỊ NHẬN VĂN BẢN',
            columns: [
              { header: 'TT', weight: 1, align: 'center' },
              { header: 'Cơ quan, đơn vị', weight: 9 },
            ],
            rows: note.recipientList.map((r, i) => [String(i + 1), r.agency]),
          },
        ] as BodyBlock[])
      : []),
  ];
  return {
    form: 'cong-van',
    issuer: ISSUER,
    number: note.number ? note.number.split('/')[0]! : null,
    symbol: note.number.includes('/') ? note.number.split('/').slice(1).join('/') : 'SVHTTDL-TTĐN',
    place: 'Tuyên Quang',
    date: note.issuedOn,
    year: isoParts(note.issuedOn).year,
    typeName: null,
    subject: `định hướng tuyên truyền ${lowerFirst(note.title)}`,
    addressees: many ? ['Các cơ quan, đơn vị có tên tại danh sách kèm theo'] : note.recipientList.map((r) => r.agency),
    body,
    signature: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: null },
    recipients: ['Như trên', 'Ủy ban nhân dân tỉnh (báo cáo)', 'Giám đốc Sở (báo cáo)'],
    archive: 'VT, TTĐN',
  };
}

function lowerFirst(text: string): string {
  const t = text.trim().replace(/^định hướng tuyên truyền\s*/i, '');
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/** The note rendered to DOCX bytes, for whoever may read it. */
export async function renderGuidanceDocx(ctx: RequestContext, id: number) {
  await getGuidance(ctx, id); // who may read it, and addressed to the reader's agency
  // The document itself names every recipient, whoever downloads it.
  const note = await loadGuidanceView(ctx.db, id, null, ctx.clock.today());
  const bytes = await renderOfficialDocx(guidanceDocument(note));
  return { bytes, filename: `Định hướng tuyên truyền ${note.id}.docx` };
}
