/**
 * The internal note on who reported when: a short document of the lead department to the province's
 * leaders, kept out of the report to the ministry (timeliness is the province's own business).
 */

import type { BodyBlock, OfficialDocument } from '../../documents/official-docx/index.js';
import type { ConsolidationWithNarrative } from './build-consolidation.js';
import { reportSubject, statusText, vnDate } from './consolidation-docx.js';
import { formatDateShort } from './synthesis/prose.js';

/** The note as an official document (Mẫu 1.4, "BÁO CÁO" of the lead department, internal). */
export function internalNoteDocument(c: ConsolidationWithNarrative): OfficialDocument {
  const n = c.counts;
  const lead = c.context.coordinator?.name ?? 'Cơ quan thường trực';
  const rows = [...c.missing, ...c.late].map((a, i) => [
    String(i + 1),
    a.agencyName,
    statusText(a),
    a.submittedAt ? formatDateShort(vnDate(a.submittedAt)) : '',
  ]);
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      content: `Phục vụ việc chỉ đạo, điều hành (tài liệu nội bộ, không gửi kèm báo cáo ${reportSubject(c).charAt(0).toLocaleLowerCase('vi')}${reportSubject(c).slice(1)}), ${lead} báo cáo tình hình gửi báo cáo của các cơ quan, đơn vị như sau:`,
    },
    {
      type: 'bullets',
      items: [
        `Hạn gửi báo cáo: ngày ${formatDateShort(c.period.dueOn)}; số cơ quan, đơn vị phải báo cáo: ${n.expected}.`,
        `Đã gửi: ${n.submitted} (đúng hạn ${n.onTime}, chậm hạn ${n.late}); chưa gửi: ${n.missing}.`,
      ],
    },
  ];
  if (rows.length > 0)
    body.push(
      { type: 'paragraph', content: 'Danh sách cơ quan, đơn vị chưa gửi hoặc gửi báo cáo chậm:' },
      {
        type: 'table',
        fontSize: 12,
        columns: [
          { header: 'TT', weight: 0.8, align: 'center' },
          { header: 'Cơ quan, đơn vị', weight: 6 },
          { header: 'Tình trạng', weight: 3.2 },
          { header: 'Ngày gửi', weight: 2, align: 'center' },
        ],
        rows,
      },
      {
        type: 'paragraph',
        content: `Đề nghị lãnh đạo Ủy ban nhân dân tỉnh nhắc nhở các cơ quan, đơn vị trên thực hiện nghiêm chế độ báo cáo theo Kế hoạch.`,
      },
    );
  else body.push({ type: 'paragraph', content: 'Tất cả cơ quan, đơn vị đã gửi báo cáo đúng hạn.' });
  return {
    form: 'typed',
    issuer: {
      parent: `ỦY BAN NHÂN DÂN TỈNH ${c.plan.province.toLocaleUpperCase('vi')}`,
      nameLines: [lead.toLocaleUpperCase('vi')],
    },
    number: null,
    symbol: `BC-${c.context.coordinator?.abbreviation ? `S${c.context.coordinator.abbreviation}` : 'STTĐN'}`,
    place: c.plan.province,
    date: null,
    year: c.period.year,
    typeName: 'BÁO CÁO',
    subject: `Tình hình gửi báo cáo ${reportSubject(c).charAt(0).toLocaleLowerCase('vi')}${reportSubject(c).slice(1)} (nội bộ)`,
    body,
    signature: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: null },
    recipients: ['Lãnh đạo UBND tỉnh (b/c)', 'Văn phòng UBND tỉnh'],
    archive: 'VT',
  };
}
