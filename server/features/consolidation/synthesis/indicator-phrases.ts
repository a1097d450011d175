/**
 * How each catalogue indicator reads in the report and where it belongs: the section or the plan
 * task (found by words of the task's title or content) under which its total is written, the verb
 * phrase that carries it, and the words by which an agency's prose states it. Data, not rules: an
 * indicator the table does not know falls back to "‹name›: ‹total› ‹unit›".
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';

/** Where an indicator's total is written and how. */
export type IndicatorPhrase = {
  /** 'direction' puts it in section I; otherwise the task whose folded title (or content) matches. */
  placement: 'direction' | { title?: RegExp; content?: RegExp };
  /**
   * The phrase around the total: "{n}" is the total with its unit, "{v}" the bare number (the phrase
   * then names the unit itself), "{detail}" the breakdown in brackets.
   */
  phrase: string;
  /** Breakdown keys left out of "{detail}" (the Vietnamese-language share of all articles says little). */
  detailExclude?: string[];
  /** The indicator whose phrase this one continues ("…, trong đó bằng tiếng nước ngoài …"); alone it is not said. */
  continues?: string;
  /**
   * The words by which an agency's own text states this figure, the number in the first group;
   * `key` names the breakdown the words state ('' = the total). Matched on folded text.
   */
  prose?: Array<{ pattern: RegExp; key?: string }>;
};

/** Catalogue codes → phrase and placement (server/features/reporting/indicator-catalogue.ts). */
export const INDICATOR_PHRASES: Record<string, IndicatorPhrase> = {
  DIR_DOCS: {
    placement: 'direction',
    phrase: 'ban hành {n} chỉ đạo, hướng dẫn về thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.]*) van ban (chi dao|huong dan)/ }],
  },
  NEWS_BY_CHANNEL: {
    placement: { title: /quang ba hinh anh/ },
    phrase: 'đăng, phát {n} thông tin đối ngoại{detail}',
    prose: [{ pattern: /(\d[\d.]*) (tin, bai|tin bai|tin, phong su|bai viet)/ }],
  },
  NEWS_BY_LANGUAGE: {
    placement: { title: /quang ba hinh anh/ },
    phrase: 'trong đó bằng tiếng nước ngoài và tiếng dân tộc{detail}',
    detailExclude: ['vi'],
    continues: 'NEWS_BY_CHANNEL',
    prose: [
      { pattern: /(\d[\d.]*) tin, bai (bang )?tieng anh/, key: 'en' },
      { pattern: /(\d[\d.]*) tin, bai (bang )?tieng trung/, key: 'zh' },
    ],
  },
  BROADCAST_PROGRAMMES: {
    placement: { title: /dan toc/ },
    phrase: 'sản xuất, phát sóng {n} phát thanh, truyền hình thông tin đối ngoại{detail}',
    prose: [{ pattern: /(\d[\d.]*) chuong trinh (phat thanh|truyen hinh|tieng)/ }],
  },
  COLUMNS: {
    placement: { title: /quang ba hinh anh/ },
    phrase: 'duy trì {n} thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.]*) (chuyen trang|chuyen muc)/ }],
  },
  PRESS_CONFERENCES: {
    placement: { title: /hop bao/ },
    phrase: 'tổ chức {n} họp báo, cung cấp thông tin cho báo chí{detail}',
    prose: [
      { pattern: /(\d[\d.]*) cuoc hop bao dinh ky/, key: 'periodic' },
      { pattern: /(\d[\d.]*) cuoc hop bao dot xuat/, key: 'ad-hoc' },
      { pattern: /(\d[\d.]*) cuoc dot xuat/, key: 'ad-hoc' },
    ],
  },
  PRESS_RELEASES: {
    placement: { title: /hop bao/ },
    phrase: 'phát hành {n} báo chí',
    prose: [{ pattern: /(\d[\d.]*) thong cao/ }],
  },
  FOREIGN_REPORTERS: {
    placement: { title: /phong vien|bao chi nuoc ngoai/ },
    phrase: 'đón tiếp, hướng dẫn {v} lượt phóng viên nước ngoài đến hoạt động tại tỉnh',
    prose: [{ pattern: /(\d[\d.]*) (luot )?(phong vien|nha bao)( bao chi)? (nuoc ngoai|quoc te)/ }],
  },
  FOREIGN_DELEGATIONS: {
    placement: { title: /kinh te doi ngoai|doan khach/ },
    phrase: 'đón tiếp {n} khách nước ngoài đến thăm, làm việc',
    prose: [{ pattern: /(\d[\d.]*) doan khach (nuoc ngoai|quoc te)/ }],
  },
  PUBLICATIONS: {
    placement: { title: /\ban pham\b/ },
    phrase: 'xuất bản {n} thông tin đối ngoại{detail}',
    prose: [{ pattern: /(\d[\d.]*) (an pham|cuon cam nang|an pham song ngu)/ }],
  },
  PUBLICATION_COPIES: {
    placement: { title: /\ban pham\b/ },
    phrase: 'với tổng số {n}{detail}',
    continues: 'PUBLICATIONS',
    prose: [{ pattern: /(\d[\d.]*) (ban|cuon)\b(?! (tin|do|sao))/ }],
  },
  EVENTS: {
    placement: { title: /quan triet|pho bien/ },
    phrase: 'tổ chức {v} sự kiện, hoạt động có nội dung thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.]*) (su kien|hoat dong (co noi dung )?thong tin doi ngoai)/ }],
  },
  TRAINING_PARTICIPANTS: {
    placement: { title: /quan triet|pho bien/ },
    phrase: 'bồi dưỡng, tập huấn, quán triệt cho {n} về thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.]*) (luot nguoi|hoc vien|luot can bo|luot doan vien|luot hoi vien)/ }],
  },
  CONTEST_ENTRIES: {
    placement: { content: /happy|cuoc thi|giai thuong/ },
    phrase: 'gửi {n} dự thi các giải thưởng về thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.]*) tac pham (du thi|tham du)/ }],
  },
  FALSE_INFO_REBUTTED: {
    placement: { title: /phan bac|thong tin sai/ },
    phrase: 'đăng, phát {n} đấu tranh, phản bác thông tin sai trái, xuyên tạc',
    prose: [{ pattern: /(\d[\d.]*) tin, bai (dau tranh|phan bac)/ }],
  },
  SOVEREIGNTY_CASES: {
    placement: { title: /chu quyen, bien gioi|sai lech chu quyen|sai chu quyen/ },
    phrase: 'phát hiện, xử lý {n} việc sản phẩm thể hiện sai chủ quyền, biên giới quốc gia',
    prose: [{ pattern: /(\d[\d.]*) (vu|vu viec|san pham)[^.;]{0,60}sai (lech )?chu quyen/ }],
  },
  BUDGET_SPENT: {
    placement: 'direction',
    phrase: 'sử dụng {n} kinh phí cho công tác thông tin đối ngoại',
    prose: [{ pattern: /(\d[\d.,]*) trieu dong/ }],
  },
};

/** Indicators whose totals count the same items two ways (every article has a channel and a language). */
export const SAME_TOTALS: ReadonlyArray<[string, string]> = [['NEWS_BY_CHANNEL', 'NEWS_BY_LANGUAGE']];

/** Does a task's folded title (or content) place the indicator under it? */
export function placedOnTask(code: string, task: { title: string; content?: string }): boolean {
  const phrase = INDICATOR_PHRASES[code];
  if (!phrase || phrase.placement === 'direction') return false;
  const { title, content } = phrase.placement;
  if (title?.test(foldDiacritics(task.title))) return true;
  return content?.test(foldDiacritics(`${task.title} ${task.content ?? ''}`)) ?? false;
}
