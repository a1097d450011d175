import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AN (a month of foreign and English-language coverage and overseas Vietnamese
// media, with the province's answers) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AN’s kinds)', () => {
  it('a foreign buyer’s rejection and a scene that grows against the plan read as criticism', () => {
    const h = hits(
      'Lô mật ong bị trả lại',
      'Lô mật ong của một hợp tác xã tỉnh Tuyên Quang bị trả lại vì kháng sinh vượt ngưỡng cho phép; ven hồ, quán xá mọc không theo quy hoạch, làng nghề không thể cạnh tranh về giá và đang phải trả giá cho sự đông khách.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'bị trả lại',
        'vượt ngưỡng cho phép',
        'không theo quy hoạch',
        'không thể cạnh tranh',
        'phải trả giá',
      ]),
    );
    // Change handed back, a tally that passes a target and a fair price are no complaint.
    const fine = hits(
      'Khách được trả lại tiền thừa',
      'Du khách ở tỉnh Tuyên Quang được trả lại tiền thừa; lượng khách vượt ngưỡng 1 triệu lượt, hàng hóa có thể cạnh tranh tốt.',
    );
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['bị trả lại']));
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['vượt ngưỡng cho phép']));
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['không thể cạnh tranh']));
  });

  it('polite review language about shortcomings and slow money reads as criticism, unevenness only softly', () => {
    const h = hits(
      'Dự án nước sạch giải ngân chậm',
      'Dự án nước sạch của tỉnh Tuyên Quang giải ngân chậm, tiến độ gián đoạn đáng kể; chỉ số cải cách hành chính giảm điểm, lực lượng cán bộ còn mỏng, chất lượng chưa cao và dịch vụ chưa đồng đều.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['giải ngân chậm', 'gián đoạn đáng kể', 'giảm điểm', 'còn mỏng', 'chất lượng chưa cao']),
    );
    expect(h['tone.criticism-soft']).toContain('chưa đồng đều');
    expect(h['tone.criticism'] ?? []).not.toContain('chưa đồng đều');
    // Points cut off a price or a thin slice of cake are plain words.
    const plain = hits('Bánh nướng mỏng', 'Quán ở tỉnh Tuyên Quang làm bánh lát mỏng, giảm giá cho khách.');
    expect(plain['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['còn mỏng', 'giảm điểm']));
  });

  it('overcharging foreigners, in Vietnamese with or without accents, and English traveller complaints read as criticism', () => {
    const vi = hits(
      'Quán ăn chém giá khách',
      'Một quán ở tỉnh Tuyên Quang chém giá khách nước ngoài, làm xấu mặt cả vùng.',
    );
    expect(vi['tone.criticism']).toEqual(expect.arrayContaining(['chém giá', 'làm xấu mặt']));
    const bare = hits('Quan an chem gia khach', 'Quan o tinh Tuyen Quang chem gia khach Tay.');
    expect(bare['tone.criticism']).toContain('chem gia');
    const en = hits(
      'A week in Tuyen Quang',
      'Touts at the bus station, a shakedown at a checkpoint, no receipt for the fine: I would not do it again.',
    );
    expect(en['tone.criticism']).toEqual(
      expect.arrayContaining(['touts', 'shakedown', 'no receipt', 'would not do it again']),
    );
    // Slicing meat ("chém" in the kitchen) and a receipt handed over are no complaint.
    const ok = hits('Receipt', 'The homestay in Tuyen Quang gave us a receipt and we would do it again.');
    expect(ok['tone.criticism'] ?? []).toEqual([]);
  });

  it('price and rate bulletins, road-condition updates and wire attribution read as routine', () => {
    const h = hits(
      'Giá và tỷ giá tại cửa khẩu',
      'Tại cửa khẩu của tỉnh Tuyên Quang, tinh bột sắn giao dịch quanh mức 3.000 nhân dân tệ/tấn; tỷ giá mua vào 3.600 đồng, bán ra 3.650 đồng; có 150 lượt xe làm thủ tục.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['giao dịch quanh mức', 'mua vào', 'bán ra', 'lượt xe']));
    const en = hits(
      'Loop weekly update',
      'Weekly update for Tuyen Quang: road status checked, all sections open; emergency numbers below. Provincial data showed trade rose, an official said. Two provinces will merge under a two-tier system.',
    );
    expect(en['tone.routine']).toEqual(
      expect.arrayContaining([
        'weekly update',
        'road status',
        'all sections open',
        'emergency numbers',
        'provincial data showed',
        'official said',
        'will merge',
        'two tier',
      ]),
    );
  });

  it('“cứu người” inside “nghiên cứu người …” is masked', () => {
    const h = hits('Khảo sát', 'Nhóm nghiên cứu người dân ở tỉnh Tuyên Quang về dịch vụ công.');
    expect(h['tone.praise'] ?? []).not.toContain('cứu người');
  });
});
