import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AM (one ordinary month of social media and forums: TikTok captions, Facebook
// groups, forum threads, reviews, viral clips retold by the press, English threads) changed, one test
// per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AM’s kinds)', () => {
  it('a clip or page that takes off online reads as praise', () => {
    const h = hits(
      'Điệu múa khèn trên cao nguyên gây sốt mạng xã hội',
      'Video nhóm thanh niên xã vùng cao của tỉnh Tuyên Quang múa khèn gây sốt cộng đồng mạng; kênh của nhóm vừa nhận nút bạc. "Xem mà nổi da gà", một người bình luận.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['gây sốt mạng xã hội', 'gây sốt cộng đồng mạng', 'nút bạc']),
    );
    expect(h['tone.praise-soft']).toContain('nổi da gà');
    // A price fever is no acclaim.
    const price = hits('Giá gừng gây sốt', 'Giá gừng ở tỉnh Tuyên Quang tăng mạnh, thương lái đổ về thu mua.');
    expect(price['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['gây sốt mạng']));
  });

  it('a forum or review grumble (prices doubled, not worth it, on and off, crowds) reads as soft criticism', () => {
    const h = hits(
      'Hỏi kinh nghiệm đi hồ cuối tuần',
      'Thớt cho hỏi: nghe nói nhà nghỉ ven hồ ở tỉnh Tuyên Quang cuối tuần lên giá gấp đôi, đông như hội chợ. Mình ở rồi, giá vậy là chưa xứng, điện lúc có lúc không, đường vào khá xấu. Đừng kỳ vọng yên tĩnh nhé; ban quản lý dọn không xuể, người trông xe quá mỏng.',
    );
    expect(h['tone.criticism-soft']).toEqual(
      expect.arrayContaining([
        'lên giá gấp đôi',
        'đông như hội chợ',
        'chưa xứng',
        'lúc có lúc không',
        'khá xấu',
        'đừng kỳ vọng',
        'không xuể',
        'quá mỏng',
      ]),
    );
    const again = hits('Sau hội', 'Sau lễ hội ở tỉnh Tuyên Quang rác khắp vỉa hè, năm nào cũng thế.');
    expect(again['tone.criticism-soft']).toContain('năm nào cũng thế');
    // A festive crowd "like a fair day" and a plain hope are no grumble.
    const fair = hits(
      'Chợ phiên đông vui',
      'Chợ phiên vùng cao của tỉnh Tuyên Quang đông như trẩy hội; tiểu thương kỳ vọng mùa hàng tết khá hơn.',
    );
    expect(fair['tone.criticism-soft'] ?? []).not.toEqual(expect.arrayContaining(['đông như hội chợ']));
    expect(fair['tone.praise-soft']).toContain('kỳ vọng');
  });

  it('a fault put right after residents’ complaint reads as praise', () => {
    const h = hits(
      'Vòi nước công cộng chảy trở lại sau phản ánh',
      'Chỉ một ngày sau khi người dân phản ánh, phường ở tỉnh Tuyên Quang đã sửa xong; đèn ngõ cũng sáng trở lại.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['sau phản ánh', 'sau khi người dân phản ánh', 'sáng trở lại']),
    );
    // Residents complaining, with nothing fixed, is no praise.
    const still = hits('Ngõ tối', 'Người dân phường ở tỉnh Tuyên Quang phản ánh ngõ tối đã một tháng.');
    expect(still['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['sau khi người dân phản ánh']));
  });

  it('an English thread that puts a rumour right reads as a denial', () => {
    const h = hits(
      'Is the lake road closed?',
      'Someone said the lake road in Tuyen Quang province is closed to tourists. Reply: not true, I drove it yesterday. The district posted a clarification and the rules did not change.',
    );
    expect(h['tone.denial']).toEqual(
      expect.arrayContaining(['not true', 'posted a clarification', 'rules did not change']),
    );
    // A trip that was "not truly" easy denies nothing.
    const trip = hits('Lake road trip', 'The lake road in Tuyen Quang province was not truly easy, but worth it.');
    expect(trip['tone.denial'] ?? []).not.toContain('not true');
  });

  it('a fraud reported to the police reads as a crime report', () => {
    const h = hits(
      'Khách mất tiền cọc vì trang đặt phòng giả',
      'Công an xã ở tỉnh Tuyên Quang đã tiếp nhận trình báo của nhóm khách, chuyển Phòng Cảnh sát hình sự xác minh.',
    );
    expect(h['tone.crime']).toEqual(expect.arrayContaining(['tiếp nhận trình báo', 'cảnh sát hình sự']));
  });

  it('visitors who ignore a ban sign or break a barrier read as criticism', () => {
    const h = hits(
      'Du khách trèo ra mép thác',
      'Bất chấp biển cấm, nhiều du khách vẫn trèo ra mép thác ở tỉnh Tuyên Quang; rào chắn bị phá một đoạn.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['bất chấp biển cấm', 'rào chắn bị phá']));
    // Braving the weather is no defiance of a ban.
    const rain = hits('Chợ phiên', 'Bất chấp trời mưa, chợ phiên ở tỉnh Tuyên Quang vẫn đông người.');
    expect(rain['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['bất chấp biển cấm']));
  });
});
