import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AK (one ordinary week of the provincial press, all sections mixed) changed,
// one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AK’s kinds)', () => {
  it('a service that is sketchy or without direction, and waste poured out, read as criticism; unevenness softly', () => {
    const h = hits(
      'Nhà nghỉ ven suối cần nâng chất lượng',
      'Số nhà nghỉ ven suối ở một xã của tỉnh Tuyên Quang tăng nhanh, nhưng chất lượng phục vụ còn chưa đồng đều, nhiều nơi mở ra thiếu định hướng. Bữa ăn cho khách còn sơ sài, có nơi đổ nước thải xuống suối.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['thiếu định hướng', 'còn sơ sài', 'đổ nước thải']));
    // Merged with set AN: as full criticism "chưa đồng đều" turned praise with a shortcoming negative.
    expect(h['tone.criticism-soft']).toContain('chưa đồng đều');
    // Waste water treated in a plant, or a plan "with direction", is no complaint.
    const plant = hits(
      'Khánh thành trạm xử lý nước thải',
      'Tỉnh Tuyên Quang khánh thành trạm xử lý nước thải cho khu du lịch, có định hướng rõ ràng cho giai đoạn tới.',
    );
    expect(plant['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['đổ nước thải']));
    expect(plant['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['thiếu định hướng']));
  });

  it('litter left strewn about and duties still not clear read as criticism', () => {
    const h = hits(
      'Bãi đá ven hồ ngổn ngang rác',
      'Sau kỳ nghỉ, bãi đá ven hồ của tỉnh Tuyên Quang ngổn ngang rác, túi ni lông bị vứt lại khắp nơi; việc ai thu gom đến nay vẫn chưa thật rõ ràng.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['ngổn ngang rác', 'bị vứt lại', 'chưa thật rõ ràng']));
    // Building materials strewn about and a plan already clear are no litter complaint.
    const site = hits(
      'Công trường trường học',
      'Vật liệu còn ngổn ngang trên công trường của tỉnh Tuyên Quang; phương án hoàn thiện đã thật rõ ràng.',
    );
    expect(site['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['ngổn ngang rác']));
    expect(site['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['chưa thật rõ ràng']));
  });

  it('a visitor’s post about a poor trip (fees without receipt, stalls over the path, never again) reads as criticism', () => {
    const h = hits(
      'Đi chợ phiên mà hơi thất vọng',
      'Chuyến lên chợ phiên ở tỉnh Tuyên Quang hôm qua hơi tệ mọi người ạ: thu tiền vé vào cổng mà không biên lai, hàng quán lấn hết lối đi. Chắc đi một lần rồi thôi.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['hơi tệ', 'không biên lai', 'lấn hết lối đi', 'một lần rồi thôi']),
    );
    // A visit one keeps returning to, with a receipt handed over, is no complaint.
    const fine = hits(
      'Chợ phiên vui',
      'Chợ phiên ở tỉnh Tuyên Quang không hề tệ chút nào, vé có biên lai đầy đủ, năm nào mình cũng quay lại.',
    );
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['hơi tệ']));
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['không biên lai']));
  });

  it('a friendship exchange after a joint patrol reads as praise', () => {
    const h = hits(
      'Tuần tra chung, giao lưu hữu nghị',
      'Sau buổi tuần tra chung, đồn biên phòng của tỉnh Tuyên Quang và đơn vị bạn tổ chức giao lưu hữu nghị, thi đấu bóng chuyền.',
    );
    expect(h['tone.praise']).toContain('giao lưu hữu nghị');
  });

  it('a victim cheated out of money is a crime fact; a woman “lured and sold” is not masked as a scam', () => {
    const h = hits(
      'Người đàn ông bị lừa qua mạng',
      'Một người đàn ông ở tỉnh Tuyên Quang bị lừa hơn 300 triệu đồng khi làm "nhiệm vụ" trên mạng; công an đang xác minh.',
    );
    expect(h['tone.crime']).toContain('bị lừa');
    const trafficked = hits(
      'Hai phụ nữ được giải cứu trở về',
      'Hai phụ nữ của tỉnh Tuyên Quang bị lừa bán sang nước ngoài đã được giải cứu, đưa về đoàn tụ gia đình.',
    );
    expect(trafficked['tone.crime'] ?? []).not.toContain('bị lừa');
  });
});
