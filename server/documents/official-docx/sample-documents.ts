/**
 * Sample documents for tests, the benchmark and eyeballing the layout: a short report with an
 * indicator table, a reminder công văn, and a large report of a given size.
 */

import type { BodyBlock, OfficialDocument } from './official-document.js';

const UBND_TQ = { parent: null, nameLines: ['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG'] };
const SIGNATURE = {
  authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
  title: 'PHÓ CHỦ TỊCH',
  name: 'Hoàng Việt Phương',
};

/** A one-to-two page report (Mẫu 1.4) with headings, bullets and an indicator table. */
export const sampleReport: OfficialDocument = {
  form: 'typed',
  issuer: UBND_TQ,
  number: 12,
  symbol: 'BC-UBND',
  place: 'Tuyên Quang',
  date: '2026-01-05',
  year: 2026,
  typeName: 'BÁO CÁO',
  subject: 'Kết quả công tác thông tin đối ngoại năm 2025',
  body: [
    {
      type: 'paragraph',
      content:
        'Thực hiện Kế hoạch công tác thông tin đối ngoại năm 2025, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:',
    },
    { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    { type: 'heading', level: 2, text: '1. Công tác chỉ đạo, điều hành' },
    {
      type: 'paragraph',
      content: [
        { text: 'Ủy ban nhân dân tỉnh đã ban hành ' },
        { text: '05 văn bản', bold: true },
        {
          text: ' chỉ đạo, hướng dẫn công tác thông tin đối ngoại; các sở, ban, ngành và địa phương xây dựng kế hoạch, triển khai đầy đủ, kịp thời các nhiệm vụ được giao.',
        },
      ],
    },
    { type: 'heading', level: 3, text: '1.1. Quảng bá hình ảnh địa phương' },
    {
      type: 'bullets',
      items: [
        'Đăng tải 1.250 tin, bài trên Cổng Thông tin điện tử tỉnh, trong đó 320 tin, bài bằng tiếng Anh;',
        'Phối hợp tổ chức cuộc thi ảnh và video “Việt Nam hạnh phúc - Happy Vietnam 2025”.',
      ],
    },
    {
      type: 'table',
      title: 'Một số chỉ tiêu chủ yếu',
      columns: [
        { header: 'TT', weight: 1, align: 'center' },
        { header: 'Chỉ tiêu', weight: 7 },
        { header: 'Đơn vị tính', weight: 2, align: 'center' },
        { header: 'Kết quả', weight: 2, align: 'right' },
      ],
      rows: [
        ['1', 'Tin, bài thông tin đối ngoại đăng trên Cổng TTĐT tỉnh', 'Tin, bài', '1.250'],
        ['2', 'Họp báo định kỳ, đột xuất', 'Cuộc', '4'],
        ['3', 'Đoàn phóng viên nước ngoài được hướng dẫn', 'Đoàn', '3'],
      ],
    },
    { type: 'heading', level: 1, text: 'II. NHIỆM VỤ NĂM 2026' },
    {
      type: 'paragraph',
      content:
        'Tiếp tục triển khai hiệu quả Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; nâng cao chất lượng thông tin đối ngoại trên nền tảng số./.',
    },
  ],
  signature: SIGNATURE,
  recipients: ['Bộ Văn hóa, Thể thao và Du lịch (báo cáo)', 'Thường trực Tỉnh ủy (báo cáo)', 'Các sở, ban, ngành'],
  archive: 'VT, THCBKS (T)',
};

/** A reminder letter (Mẫu 1.5, công văn đôn đốc) without number or date yet. */
export const sampleReminder: OfficialDocument = {
  form: 'cong-van',
  issuer: { parent: 'UBND TỈNH TUYÊN QUANG', nameLines: ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'] },
  number: null,
  symbol: 'SVHTTDL-TTĐN',
  place: 'Tuyên Quang',
  date: null,
  year: 2025,
  typeName: null,
  subject: 'đôn đốc gửi báo cáo kết quả công tác thông tin đối ngoại 06 tháng đầu năm 2025',
  addressees: ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường'],
  body: [
    {
      type: 'paragraph',
      content:
        'Thực hiện Kế hoạch công tác thông tin đối ngoại năm 2025 của Ủy ban nhân dân tỉnh, đến nay còn một số cơ quan, đơn vị chưa gửi báo cáo kết quả thực hiện 06 tháng đầu năm 2025.',
    },
    {
      type: 'paragraph',
      content:
        'Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ quan, đơn vị khẩn trương gửi báo cáo trước ngày 20/5/2025 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.',
    },
  ],
  signature: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: null },
  recipients: ['Như trên', 'Ủy ban nhân dân tỉnh (báo cáo)', 'Giám đốc Sở'],
  archive: 'VT, TTĐN',
};

/** A large report: `agencies` × `linesPerAgency` result table plus `indicators` indicator rows. */
export function largeReport(agencies = 250, linesPerAgency = 30, indicators = 40): OfficialDocument {
  const resultRows: string[][] = [];
  for (let a = 1; a <= agencies; a++) {
    for (let l = 1; l <= linesPerAgency; l++) {
      resultRows.push([
        `${a}.${l}`,
        `Cơ quan, đơn vị số ${a}`,
        `Nội dung thực hiện số ${l}: tuyên truyền, quảng bá hình ảnh địa phương`,
        String((a * 7 + l * 13) % 97),
      ]);
    }
  }
  const body: BodyBlock[] = [
    { type: 'heading', level: 1, text: 'I. CHỈ TIÊU TỔNG HỢP' },
    {
      type: 'table',
      columns: [
        { header: 'TT', weight: 1, align: 'center' },
        { header: 'Chỉ tiêu', weight: 8 },
        { header: 'Kết quả', weight: 2, align: 'right' },
      ],
      rows: Array.from({ length: indicators }, (_, i) => [
        String(i + 1),
        `Chỉ tiêu thông tin đối ngoại số ${i + 1}`,
        String(i * 11),
      ]),
    },
    { type: 'heading', level: 1, text: 'II. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ' },
    {
      type: 'table',
      fontSize: 11,
      columns: [
        { header: 'TT', weight: 1.2, align: 'center' },
        { header: 'Cơ quan, đơn vị', weight: 4 },
        { header: 'Nội dung', weight: 7 },
        { header: 'Số lượng', weight: 1.6, align: 'right' },
      ],
      rows: resultRows,
    },
  ];
  return { ...sampleReport, subject: 'Tổng hợp kết quả công tác thông tin đối ngoại năm 2025', body };
}
