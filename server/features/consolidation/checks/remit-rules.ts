/**
 * Work that belongs to some agencies only, as data: a coordinator who meets a new case adds a rule.
 * Each rule says what the work looks like (words of a line, or an indicator figure), who may do it
 * (kinds of agency, or holders of a role on a plan task whose title names it) and the legal reason.
 */

import type { AgencyKind } from '../../../db/schema/organisations.js';

/** One kind of work reserved to some agencies. */
export type RemitRule = {
  id: string;
  /** What the work is, in a phrase: "quản lý, hướng dẫn phóng viên nước ngoài". */
  label: string;
  /** Why it is reserved (shown to the coordinator). */
  basis: string;
  /** Words of a line that describe the work (folded, no diacritics). */
  text?: RegExp;
  /** Words that make the same line legitimate coordination ("phối hợp", "cung cấp thông tin"). */
  unless?: RegExp;
  /** Indicator figures that only such agencies report (all keys when `keys` is absent). */
  indicator?: { code: string; keys?: string[] };
  /** Kinds of agency that may always do it. */
  allowedKinds: AgencyKind[];
  /** Agencies holding a role on a task whose folded title matches may do it too. */
  allowedTaskTitle?: RegExp;
};

/** The rules the demo province uses; the research behind each is in domain-facts §1. */
export const REMIT_RULES: readonly RemitRule[] = [
  {
    id: 'foreign-press',
    label: 'đón tiếp, hướng dẫn, quản lý hoạt động của phóng viên nước ngoài',
    basis:
      'Nghị định 88/2012/NĐ-CP: hoạt động của phóng viên nước ngoài tại địa phương do Sở Ngoại vụ quản lý, hướng dẫn, phối hợp với các cơ quan được giao trong Kế hoạch',
    text: /(don tiep|tiep nhan|huong dan|cap phep|bo tri can bo|dua don)[^.;]{0,60}(phong vien|bao chi|nha bao|ekip)[^.;]{0,30}(nuoc ngoai|quoc te|han quoc|nhat ban|trung quoc|phap|kbs|nhk|xinhua)/,
    indicator: { code: 'FOREIGN_REPORTERS' },
    allowedKinds: [],
    allowedTaskTitle: /phong vien|bao chi nuoc ngoai/,
  },
  {
    id: 'sovereignty-enforcement',
    label: 'xử lý, xử phạt sản phẩm thể hiện sai chủ quyền, biên giới',
    basis:
      'Luật Xử lý vi phạm hành chính: chỉ cơ quan quản lý nhà nước, thanh tra, công an, quản lý thị trường và chính quyền mới có thẩm quyền xử lý',
    text: /(xu ly|xu phat|thu giu|tich thu|thu hoi|tieu huy)[^.;]{0,60}(sai (lech )?chu quyen|ban do|san pham in)/,
    unless: /phoi hop|de nghi|kien nghi|bao cao/,
    indicator: { code: 'SOVEREIGNTY_CASES' },
    allowedKinds: ['department', 'armed-forces', 'province-committee', 'district-committee', 'commune-committee'],
  },
  {
    id: 'broadcasting',
    label: 'đăng, phát trên báo in, phát thanh, truyền hình',
    basis:
      'Luật Báo chí 2016: chỉ cơ quan báo chí được xuất bản báo in và sản xuất, phát sóng chương trình phát thanh, truyền hình',
    text: /(phat song|san xuat va phat)[^.;]{0,40}chuong trinh (phat thanh|truyen hinh)/,
    unless: /phoi hop|cung cap|dat hang/,
    indicator: { code: 'BROADCAST_PROGRAMMES' },
    allowedKinds: ['press-agency', 'central-office'],
  },
  {
    id: 'press-channels',
    label: 'đăng, phát tin, bài trên báo in, phát thanh, truyền hình của chính mình',
    basis: 'Luật Báo chí 2016: báo in, phát thanh, truyền hình là loại hình của cơ quan báo chí',
    indicator: { code: 'NEWS_BY_CHANNEL', keys: ['print', 'radio', 'tv'] },
    allowedKinds: ['press-agency', 'central-office'],
  },
];
