import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// The cues the tuning on set T (foreign affairs and external information) added to the seed lexicon
// (classifier-cues.test.ts and classifier-cues-q-r.test.ts hold the earlier sets'), one test per kind.

describe('flag cues of the seed lexicon (set T’s kinds: foreign press and external information)', () => {
  it('a Chinese post claiming land across the border, with a note that it is groundless, is a border falsehood', () => {
    const title = '网友热议：宣光省那边的山头以前是谁的？';
    const body =
      '越南宣光省合并以后，有人说中越边境那边的山头以前都是我们的，还拿出一张旧地图。（有网友指出，两国边界早已勘界立碑，这种说法没有根据。）';
    const h = hits(title, body);
    expect(h['topic.border-sovereignty']).toEqual(expect.arrayContaining(['边 境', '勘 界']));
    expect(h['rule.flag.false-information']).toEqual(expect.arrayContaining(['没 有 根 据']));
    expect(flags(title, body)).toEqual(expect.arrayContaining(['border', 'false-information']));
  });

  it('“H’Mông” and “HMông”, the spellings of overseas sites, name the ethnic group', () => {
    const title = 'Người H’Mông ở vùng biên bị ép rời đất';
    const body =
      "Theo nguồn tin của chúng tôi, chính quyền cộng sản ở tỉnh Tuyên Quang ép hàng trăm hộ người H'Mông, người HMông giao đất cho dự án. Đây là một cuộc thanh lọc sắc tộc.";
    expect(hits(title, body)['topic.ethnic-affairs']).toEqual(expect.arrayContaining(['h’mông', "h'mông", 'hmông']));
    expect(flags(title, body)).toContain('ethnic');
  });
});

describe('tone cues of the seed lexicon (set T’s kinds)', () => {
  it('the export and import figures of a trade bulletin are statistics, not praise', () => {
    const h = hits(
      'Cửa khẩu Thanh Thủy tuần 40: kim ngạch đạt 15 triệu USD',
      'Tổng kim ngạch xuất nhập khẩu qua cửa khẩu ở tỉnh Tuyên Quang đạt 15 triệu USD, trong đó xuất khẩu 9 triệu USD. Mặt hàng xuất khẩu chủ yếu là tinh bột sắn; hàng xuất khẩu khác gồm chuối tươi.',
    );
    expect(h['tone.praise'] ?? []).not.toContain('xuất khẩu');
    // Export growth itself is still praise.
    const g = hits(
      'Xuất khẩu nông sản của Tuyên Quang tăng mạnh',
      'Xuất khẩu nông sản của tỉnh Tuyên Quang tăng mạnh trong 9 tháng.',
    );
    expect(g['tone.praise']).toEqual(expect.arrayContaining(['xuất khẩu']));
  });

  it('an investor’s complaint of a promise unkept and a project with no buyers hit criticism cues', () => {
    const h = hits(
      'Nhà đầu tư chờ đất ở Tuyên Quang',
      'Nhà đầu tư than phiền sau nửa năm dự án ở tỉnh Tuyên Quang vẫn chưa được giao đất, dù được hứa hẹn có tổ công tác hỗ trợ. Ở xã bên, hợp tác xã trồng rau không có đầu ra, làm ra không ai mua.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['than phiền', 'chưa được giao đất', 'được hứa hẹn', 'không có đầu ra', 'không ai mua']),
    );
  });
});
