import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// The cues the tuning on set AA (religion, beliefs and ethnic life) added to the seed lexicon, one test
// per kind. Every sentence here is invented.

describe('flag cues of the seed lexicon (set AA’s kinds)', () => {
  it('a group that forbids ancestor worship, or a claim that a faith is banned, flags religion — also unaccented', () => {
    const cult = hits(
      'Nhóm lạ vào bản',
      'Một nhóm người lạ đến các thôn ở tỉnh Tuyên Quang rủ dân theo, dặn người theo không được thờ cúng tổ tiên.',
    );
    expect(cult['rule.flag.religion']).toEqual(expect.arrayContaining(['không được thờ cúng tổ tiên']));
    expect(
      flags(
        'Co nhom nguoi la',
        'Thon minh o Tuyen Quang co nhom nguoi la bao dan khong tho cung to tien nua, ai biet chi voi.',
      ),
    ).toContain('religion');
    expect(
      flags(
        'Nghe noi bi cam',
        'Nghe noi o mot xa cua Tuyen Quang bi cam theo dao, nha tho bi khoa het, ai o do xac nhan giup.',
      ),
    ).toContain('religion');
    // Ancestor worship itself, a custom, and a church closed for a repair flag nothing.
    expect(
      flags(
        'Giữ tục thờ cúng tổ tiên',
        'Đồng bào Tày ở tỉnh Tuyên Quang vẫn giữ tục thờ cúng tổ tiên trong dịp Tết; nhà thờ giáo xứ tạm đóng cửa để sửa mái.',
      ),
    ).not.toContain('religion');
  });

  it('an official insulting an ethnic group flags ethnic; insulting people at large does not', () => {
    expect(
      flags(
        'Cán bộ xã có lời lẽ không đúng mực',
        'Một cán bộ xã ở tỉnh Tuyên Quang bị kiểm điểm vì đã miệt thị đồng bào trong buổi họp thôn.',
      ),
    ).toContain('ethnic');
    expect(
      hits('Phê bình cán bộ', 'Một trưởng thôn ở tỉnh Tuyên Quang có lời xúc phạm người Dao khi họp bản.')[
        'rule.flag.ethnic'
      ],
    ).toEqual(expect.arrayContaining(['xúc phạm người dao']));
    expect(
      flags(
        'Xử phạt người xúc phạm người thi hành công vụ',
        'Công an tỉnh Tuyên Quang xử phạt một người đã xúc phạm người thi hành công vụ khi bị kiểm tra.',
      ),
    ).not.toContain('ethnic');
  });
});
