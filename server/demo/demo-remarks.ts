/**
 * The difficulties and proposals demo agencies write: a few each, drawn by kind from wordings real
 * reports use, so the report has recurrent causes to count and requests to merge and address.
 */

import type { AgencyKind } from '../db/schema/organisations.js';
import { pick } from './demo-figures.js';

const DIFFICULTIES: Record<string, string[]> = {
  common: [
    'Cán bộ phụ trách thông tin đối ngoại kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu',
    'Kinh phí cho hoạt động thông tin đối ngoại chưa được bố trí riêng, phải lồng ghép từ nguồn chi thường xuyên',
    'Việc sắp xếp tổ chức bộ máy từ ngày 01/3/2025 làm thay đổi đầu mối, một số nhiệm vụ bàn giao chưa kịp thời',
  ],
  'press-agency': [
    'Thiếu phóng viên, biên tập viên sử dụng thành thạo tiếng Anh, tiếng Trung',
    'Trang thiết bị sản xuất chương trình đã xuống cấp',
    'Thông tin định hướng về các vấn đề nhạy cảm có lúc đến chậm',
  ],
  'district-committee': [
    'Địa bàn rộng, nhiều thôn vùng sâu, vùng xa chưa có sóng điện thoại ổn định',
    'Cán bộ văn hóa - thông tin cấp xã kiêm nhiệm, ít kỹ năng viết tin, bài thông tin đối ngoại',
  ],
  'commune-committee': ['Địa bàn rộng sau sắp xếp, hệ thống loa truyền thanh một số thôn đã hư hỏng'],
};

const PROPOSALS: Record<string, string[]> = {
  common: [
    'Đề nghị Bộ Văn hóa, Thể thao và Du lịch tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp huyện, cấp xã',
    'Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí riêng cho công tác thông tin đối ngoại từ năm 2026',
  ],
  'press-agency': [
    'Đề nghị Bộ hỗ trợ xây dựng chuyên trang tiếng Anh, tiếng Trung trên báo điện tử của địa phương',
    'Đề nghị Bộ cung cấp tài liệu, video clip tuyên truyền về chủ quyền biển, đảo và nhân quyền bằng tiếng dân tộc',
  ],
  'district-committee': [
    'Đề nghị Bộ cung cấp tài liệu, video clip tuyên truyền về chủ quyền biển, đảo và nhân quyền bằng tiếng dân tộc',
    'Đề nghị Sở Nội vụ xem xét chế độ hỗ trợ cho cán bộ làm công tác thông tin đối ngoại kiêm nhiệm',
  ],
  department: ['Đề nghị Sở Nội vụ xem xét chế độ hỗ trợ cho cán bộ làm công tác thông tin đối ngoại kiêm nhiệm'],
};

/** Agencies with a remark of their own, added to what their kind says. */
const OWN: Record<string, { difficulty?: string; proposal?: string }> = {
  'Sở Ngoại vụ': {
    proposal: 'Đề nghị Bộ Ngoại giao thông báo sớm lịch trình của phóng viên nước ngoài đến hoạt động tại địa phương',
  },
  'Trung tâm Xúc tiến đầu tư': {
    difficulty: 'Thiếu nhân lực biên dịch tiếng Hàn, tiếng Nhật cho ấn phẩm xúc tiến đầu tư',
  },
};

/** Two or three difficulties and one or two proposals, joined as the agency's two text fields. */
export function demoRemarks(
  agency: { name: string; kind: AgencyKind },
  period: string,
): { difficulties: string; proposals: string } {
  const key = `${period}|${agency.name}`;
  const choose = (pool: readonly string[], count: number, salt: string) =>
    [...pool].sort((a, b) => pick(`${key}${salt}${a}`) - pick(`${key}${salt}${b}`)).slice(0, count);
  const difficulties = [
    ...choose(DIFFICULTIES.common!, 1 + Math.floor(pick(`${key}d`) * 2), 'd'),
    ...choose(DIFFICULTIES[agency.kind] ?? [], 1, 'k'),
    ...(OWN[agency.name]?.difficulty ? [OWN[agency.name]!.difficulty!] : []),
  ];
  const proposals = [
    ...choose([...PROPOSALS.common!, ...(PROPOSALS[agency.kind] ?? [])], 1 + Math.floor(pick(`${key}p`) * 2), 'p'),
    ...(OWN[agency.name]?.proposal ? [OWN[agency.name]!.proposal!] : []),
  ];
  return {
    difficulties: difficulties.map((d) => `${d}.`).join('\n'),
    proposals: [...new Set(proposals)].map((p) => `${p}.`).join('\n'),
  };
}
