import { describe, expect, it } from 'vitest';
import { syllables } from '../../../../common/text/syllables.js';
import { loadLexicon } from './defaults.js';
import { articleFeatures, compileLexicon, NGRAM_SCALE } from './features.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AQ (the sector and specialised press: agriculture, investment, law and police,
// the army and border guards, education and ethnic affairs, travel magazines) changed, one test per
// kind. Every sentence here is invented.

const matcher = compileLexicon(loadLexicon());
/** The names of the lexicon features ("L:…", "LT:…") an invented article gives the classifier. */
const lexiconFeatures = (title: string, body: string) =>
  (
    articleFeatures(
      matcher,
      syllables(title.normalize('NFC')),
      syllables(body.normalize('NFC')),
      false,
      NGRAM_SCALE,
      undefined,
      true,
    ).names ?? []
  ).filter((n) => /^LT?:/.test(n));

describe('tone cues of the seed lexicon (set AQ’s kinds)', () => {
  it('a crime charged to an office holder counts its crime and loss cues as criticism', () => {
    const office = lexiconFeatures(
      'Khởi tố nguyên chủ tịch xã',
      'Công an tỉnh Tuyên Quang khởi tố bị can đối với ông A., nguyên Chủ tịch UBND xã, về tội lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ; thiệt hại hơn 2 tỷ đồng.',
    );
    expect(office).toContain('L:tone.criticism');
    expect(office).not.toContain('L:tone.crime');
    expect(office).not.toContain('L:tone.disaster');
    // The same wording about a thief stays a crime reported as fact ...
    const theft = lexiconFeatures(
      'Khởi tố đối tượng trộm cắp',
      'Công an tỉnh Tuyên Quang khởi tố bị can đối với Nguyễn Văn B. về tội trộm cắp tài sản; thiệt hại hơn 20 triệu đồng.',
    );
    expect(theft).toContain('L:tone.crime');
    expect(theft).toContain('L:tone.disaster');
    // ... and a former chairman with no crime cue changes nothing.
    const visit = lexiconFeatures(
      'Thăm hỏi bà con vùng lũ',
      'Nguyên Chủ tịch UBND tỉnh Tuyên Quang đến thăm hỏi các hộ bị thiệt hại do mưa lũ.',
    );
    expect(visit).toContain('L:tone.disaster');
  });

  it('an overdue handover, a target hardly feasible and costs that balloon read as criticism', () => {
    const h = hits(
      'Cao tốc chậm bàn giao mặt bằng',
      'Dự án ở tỉnh Tuyên Quang đã quá hạn bàn giao mặt bằng nhiều tháng, mục tiêu thông tuyến năm sau rất khó khả thi, khó hoàn thành; dự án đội vốn, chi phí thuê máy đội lên.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['quá hạn bàn giao', 'chậm bàn giao', 'khó khả thi', 'khó hoàn thành', 'đội vốn']),
    );
    expect(h['tone.criticism-soft']).toContain('đội lên');
    // The handover inside an overdue one is no praise; one done on time still is.
    expect(h['tone.praise'] ?? []).not.toContain('bàn giao');
    const done = hits(
      'Bàn giao nhà mới',
      'Tỉnh Tuyên Quang bàn giao 40 căn nhà cho hộ nghèo; phương án tái định cư khả thi.',
    );
    expect(done['tone.praise']).toContain('bàn giao');
    expect(done['tone.criticism'] ?? []).toEqual([]);
  });

  it('farmers left with a dropped offtake contract, no one to ask and no plan offered read as criticism', () => {
    const h = hits(
      'Doanh nghiệp bỏ bao tiêu, nông dân ôm hàng',
      'Nông dân tỉnh Tuyên Quang không biết hỏi ai, không biết kêu ai; xã chưa đưa ra phương án, chưa đưa ra giải pháp; nhà trường không cung cấp được bảng chi phí, phụ huynh lo bữa ăn bị cắt xén.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'bỏ bao tiêu',
        'không biết hỏi ai',
        'không biết kêu ai',
        'chưa đưa ra phương án',
        'chưa đưa ra giải pháp',
        'không cung cấp được',
        'cắt xén',
      ]),
    );
    // The dropped contract is no praise of an offtake; a signed one still is, and a plan offered is none.
    expect(h['tone.praise'] ?? []).not.toContain('bao tiêu');
    const signed = hits(
      'Ký hợp đồng bao tiêu',
      'Hợp tác xã ở tỉnh Tuyên Quang ký hợp đồng bao tiêu vỏ quế; xã đã đưa ra phương án hỗ trợ và cung cấp được giống tốt.',
    );
    expect(signed['tone.praise']).toContain('bao tiêu');
    expect(signed['tone.criticism'] ?? []).toEqual([]);
  });

  it('a price compared with last week or yesterday reads as routine', () => {
    const h = hits(
      'Giá cam hôm nay',
      'Tại tỉnh Tuyên Quang, cam loại 1 giá 15.000 đồng/kg; so với tuần trước giá tăng, so với hôm qua đi ngang, so với ngày hôm qua ổn định.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['so với tuần trước', 'so với hôm qua', 'so với ngày hôm qua']),
    );
  });

  it('a cultural exchange, a friendship tree and a spirit of cooperation read softly as praise', () => {
    const h = hits(
      'Giao lưu biên giới',
      'Đồn biên phòng tỉnh Tuyên Quang giao lưu văn nghệ với lực lượng phía bạn, cùng trồng cây hữu nghị; phía bạn đánh giá cao tinh thần hợp tác.',
    );
    expect(h['tone.praise-soft']).toEqual(
      expect.arrayContaining(['giao lưu văn nghệ', 'cây hữu nghị', 'tinh thần hợp tác']),
    );
  });
});
