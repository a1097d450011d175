import { describe, expect, it } from 'vitest';
import { syllables } from '../../../../common/text/syllables.js';
import { loadLexicon } from './defaults.js';
import { articleFeatures, compileLexicon, type Lexicon } from './features.js';

// How lexicon phrases are found: masking phrases cover the cues inside them, and unaccented text
// does not match a lone accented syllable.
const lexicon: Lexicon = {
  priors: {},
  categories: {
    'tone.hostile': ['quan chức'],
    'tone.criticism': ['chán', 'kéo dài', 'sập bẫy'],
    'tone.disaster': ['mưa lớn', 'mưa lớn kéo dài', 'sập'],
    mask: ['cơ quan chức năng', 'mưa lớn kéo dài', 'sập bẫy'],
  },
};
const matcher = compileLexicon(lexicon);
const hits = (body: string, folded = false) =>
  articleFeatures(matcher, [], syllables(body.normalize('NFC')), folded).lexiconHits;

describe('lexicon matching', () => {
  it('a cue inside a masking phrase does not count; the phrase’s own categories do', () => {
    const h = hits('Cơ quan chức năng đang làm rõ. Mưa lớn kéo dài từ đêm qua. Nhiều người sập bẫy.');
    expect(h.has('tone.hostile')).toBe(false);
    expect(h.get('tone.disaster')).toEqual(['mưa lớn kéo dài']);
    expect(h.get('tone.criticism')).toEqual(['sập bẫy']);
    expect(h.has('mask')).toBe(false);
    // Outside a mask the same cues count.
    expect(hits('Các quan chức im lặng. Tuyến đường thi công kéo dài.').get('tone.hostile')).toEqual(['quan chức']);
  });

  it('unaccented text does not match a lone accented syllable, but still matches longer phrases', () => {
    expect(hits('chac chan se vui', true).has('tone.criticism')).toBe(false);
    expect(hits('nhieu nguoi sap bay', true).get('tone.criticism')).toEqual(['sap bay']);
    expect(hits('Ai cũng chán', false).get('tone.criticism')).toEqual(['chán']);
  });
});

// The shipped lexicon's cues for critical coverage that reads calm: inspection findings, complaints in
// comment threads, fabricated posts, reviews and English blogs; and routine price bulletins.
const shipped = compileLexicon(loadLexicon());
const shippedHits = (body: string, folded = false) =>
  articleFeatures(shipped, [], syllables(body.normalize('NFC')), folded).lexiconHits;

describe('lexicon cues for measured criticism and fabricated posts', () => {
  it('inspection findings in official language are criticism', () => {
    const h = shippedHits(
      'Tủ thuốc có 14 loại thuốc quá hạn sử dụng; công ty xả nước thải chưa qua xử lý, vượt quy chuẩn; nghiệm thu, thanh toán khống.',
    );
    expect(h.get('tone.criticism')).toEqual(
      expect.arrayContaining(['chưa qua xử lý', 'vượt quy chuẩn', 'thanh toán khống']),
    );
  });

  it('complaints in a comment thread, with and without diacritics, are criticism', () => {
    expect(shippedHits('ho so cua minh bi mat luon, phai lam lai tu dau', true).get('tone.criticism')).toContain(
      'lam lai tu dau',
    );
    expect(
      shippedHits('chỗ nào cũng có mấy bé chạy ra xin tiền, xấu hình ảnh du lịch quá').get('tone.criticism'),
    ).toEqual(['xin tiền', 'xấu hình ảnh']);
  });

  it('a fabricated alarm post speaks the hostile register', () => {
    expect(shippedHits('Chính quyền giấu thông tin. Share cho người thân biết nha').get('tone.hostile')).toEqual([
      'giấu thông tin',
      'share cho người thân',
    ]);
  });

  it('critical English blogs and reviews are criticism; advice to take rubbish home is not', () => {
    const h = shippedHits(
      'Several riders had no licence and no insurance; the owner was rude and applications stalled.',
      true,
    );
    expect(h.get('tone.criticism')).toEqual(expect.arrayContaining(['no licence', 'no insurance', 'rude', 'stalled']));
    expect(shippedHits('Take your rubbish back down the mountain.', true).has('tone.criticism')).toBe(false);
  });

  it('a price bulletin’s “ổn định” is routine, not praise', () => {
    const h = shippedHits('Bản tin giá đặc sản: giá cam tăng nhẹ, các mặt hàng khác ổn định.');
    expect(h.has('tone.praise')).toBe(false);
    expect(h.get('tone.routine')).toEqual(expect.arrayContaining(['bản tin giá', 'tăng nhẹ']));
  });
});

// Set O: social posts — complaints and praise in comment-thread language, accented or not.
describe('lexicon cues for social posts', () => {
  it('complaints: overcharging, nobody checking, jams; unaccented too', () => {
    expect(shippedHits('Bi chem o deo, chang thay ai kiem tra', true).get('tone.criticism')).toEqual(
      expect.arrayContaining(['bi chem', 'chang thay ai']),
    );
    expect(shippedHits('Đường vào thôn chưa ai sửa, khổ quá').get('tone.criticism')).toEqual(
      expect.arrayContaining(['chưa ai sửa', 'khổ quá']),
    );
    expect(shippedHits('kẹt xe trên đèo 3 tiếng').get('tone.criticism-soft')).toEqual(['kẹt xe']);
  });

  it('praise: "vui quá trời", "10 điểm"; a border crossing without a passport', () => {
    expect(shippedHits('Le hoi vui qua troi, 10 diem cho ban to chuc', true).get('tone.praise')).toEqual(
      expect.arrayContaining(['vui qua troi', '10 diem']),
    );
    expect(shippedHits('đi TQ ko cần hộ chiếu').get('flag.border')).toEqual(['ko cần hộ chiếu']);
  });
});

describe('negation and compounds (set P’s kinds)', () => {
  it('“không khí”, “không gian”, “hết lòng” are words, not a negator before the cue', () => {
    const h = shippedHits(
      'Không khí phấn khởi lan tỏa tới các xã. Sự kiện mở ra không gian phát triển mới; cán bộ hết lòng giúp dân.',
    );
    expect(h.get('tone.praise')).toEqual(expect.arrayContaining(['phấn khởi', 'lan tỏa', 'giúp dân']));
    expect(h.has('not.tone.praise')).toBe(false);
    // A real negator still negates.
    expect(shippedHits('Người dân không phấn khởi.').get('not.tone.praise')).toEqual(['phấn khởi']);
  });

  it('terrain “chia cắt” is no disaster; roads cut by a flood still are', () => {
    expect(shippedHits('Địa bàn rộng, địa hình chia cắt, giao thông chia cắt.').has('tone.disaster')).toBe(false);
    expect(shippedHits('Mưa lũ khiến nhiều thôn bị chia cắt.').get('tone.disaster')).toContain('chia cắt');
  });

  it('measured criticism: forced pledges, unanswered requests, overcharging, responsibility reviewed', () => {
    const h = shippedHits(
      'Tín đồ bị ép ký cam kết; hồ sơ chưa được trả lời. Mức thu gấp đôi mức niêm yết, xã sẽ kiểm tra trách nhiệm.',
    );
    expect(h.get('tone.criticism')).toEqual(
      expect.arrayContaining(['bị ép ký', 'chưa được trả lời', 'gấp đôi mức niêm yết', 'kiểm tra trách nhiệm']),
    );
  });

  it('a pledge to renounce a faith, and an unrecognised religious group, set their flags', () => {
    const h = shippedHits(
      'Họ bị yêu cầu ký cam kết bỏ đạo. Chín hộ từ bỏ sinh hoạt theo tổ chức chưa được Nhà nước công nhận.',
    );
    expect(h.get('rule.flag.human-rights')).toContain('cam kết bỏ đạo');
    expect(h.get('rule.flag.religion')).toEqual(
      expect.arrayContaining(['cam kết bỏ đạo', 'từ bỏ sinh hoạt', 'chưa được nhà nước công nhận']),
    );
  });
});
