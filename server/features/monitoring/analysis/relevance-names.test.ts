import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { assessRelevance } from './relevance.js';

// Shops, ships and people that carry the province's names, against the demonym that does mean the province.
const profile = loadProfile();
const assess = (title: string, body: string) =>
  assessRelevance(profile, { id: 'a', publishedAt: '2026-03-10T08:00:00+07:00', title, body });

describe('relevance: names of shops and people', () => {
  it('a shop named after a landmark, the kind of shop following the name, in another city', () => {
    const r = assess(
      'Mã Pí Lèng Coffee ở Hội An',
      'Mã Pí Lèng Coffee trên đường Trần Phú, Hội An có đồ uống giá 40.000 đồng.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a shop announced by “tên” and quotes in another city', () => {
    const r = assess(
      'Quán cà phê "Mã Pí Lèng" ở Đà Nẵng',
      'Quán cà phê tên "Mã Pí Lèng" ở quận Hải Châu, Đà Nẵng đông khách.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a shop name in quotes after the kind of shop and one more word, on a street of another city', () => {
    const r = assess(
      'Quán lẩu "Cao Nguyên Hà Giang" hút khách Sài Gòn',
      'Nằm trên đường Hà Giang, TP HCM, quán lẩu "Cao Nguyên Hà Giang" bán lẩu cá tầm.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a brewery named after a landmark in another city, the short name in the headline', () => {
    const r = assess(
      'Xưởng bia "Mã Pí Lèng" ở Đà Nẵng đông khách',
      'Ở quận Hải Châu, Đà Nẵng, xưởng bia thủ công Mã Pí Lèng Brewing bán bia vị gừng.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a landmark named only in a comparison ("… thứ hai") of a place elsewhere', () => {
    const r = assess(
      'Chào cờ trên đỉnh núi ở Lào Cai',
      'Cột cờ ở xã Y Tý, tỉnh Lào Cai được ví như "Lũng Cú thứ hai" của miền Tây Bắc.',
    );
    expect(r.relevant).toBe(false);
    const monday = assess('Lên Lũng Cú', 'Sáng thứ Hai, đoàn học sinh lên cột cờ Lũng Cú thứ Hai tuần này.');
    expect(monday.relevant).toBe(true);
  });

  it('a commune that speaks ("xã Lâm Bình cho biết") is the commune, not a person', () => {
    const r = assess(
      'Học trò học trong lớp tạm',
      'Trả lời báo chí, đại diện xã Lâm Bình cho biết sẽ đề nghị tỉnh bố trí vốn.',
    );
    expect(r.relevant).toBe(true);
  });

  it('a title, an age word, then the name is a person; so is a stage name with its real name', () => {
    expect(assess('Rapper trẻ Tuyên Quang ra MV', 'Rapper trẻ Tuyên Quang vừa ra MV ở TP HCM.').relevant).toBe(false);
    expect(assess('MV mới', 'Tuyên Quang (tên thật Lê Tuyên Quang) vừa ra MV ở TP HCM.').relevant).toBe(false);
  });

  it('“nữ sinh Tuyên Quang” is a student from the province', () => {
    expect(assess('Nữ sinh Tuyên Quang giành huy chương vàng', 'Em học lớp 11 trường chuyên của tỉnh.').relevant).toBe(
      true,
    );
  });

  it('a ship named after the province, in a port elsewhere', () => {
    const r = assess(
      'Tàu chở than Tuyên Quang 09 cập cảng Quảng Ninh',
      'Tàu chở than Tuyên Quang 09 của một doanh nghiệp vận tải ở Quảng Ninh đã cập cảng Cẩm Phả sáng 4/3.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a fishing boat named after a commune, its registration number between the boat and the name', () => {
    const r = assess(
      'Tàu cá "Mèo Vạc 68" gặp nạn ở vùng biển Quảng Ngãi',
      'Chiều 8/11, tàu cá QNg-90068-TS mang tên "Mèo Vạc 68" của ngư dân xã Bình Sơn, tỉnh Quảng Ngãi bị sóng lớn đánh chìm.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a restaurant abroad, the kind of restaurant following the name in English', () => {
    const r = assess(
      'Dong Van Noodle House opens a second branch',
      'Dong Van Noodle House, a family eatery run by a couple from Hanoi, opened a second branch this week.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a person named Đồng Văn after a title is a person, there and elsewhere in the article', () => {
    const r = assess(
      'Tiệm may "Đồng Văn" ở Nam Định',
      'Tiệm may "Đồng Văn" ở TP Nam Định nhận may áo dài, vest và đồng phục học sinh, giá từ 300.000 đồng một bộ, khách quen chủ yếu là giáo viên và công nhân trong vùng.\n\nNgười mở tiệm, ông Đồng Văn Lực, học nghề may từ bố.',
    );
    expect(r.relevant).toBe(false);
    expect(assess('Phố cổ Đồng Văn vào mùa', 'Du khách dạo chợ phiên ở Đồng Văn từ sáng sớm.').relevant).toBe(true);
  });

  it('two ambiguous communes of one former district confirm each other (Phú Lâm, Kim Phú, Đội Bình)', () => {
    expect(assess('Làm đường liên xã', 'Các xã Phú Lâm, Kim Phú, Đội Bình làm 12 km đường bê tông.').relevant).toBe(
      true,
    );
  });

  it('a Chinese-language item names the province in Chinese (宣光省, 河江, 清水口岸)', () => {
    expect(
      assess('越南宣光省清水口岸进出口额增长', '据越南宣光省工贸厅消息，经清水口岸的进出口总额增长。').relevant,
    ).toBe(true);
    expect(assess('越南河江环线7日游', '本线路带您游览越南北部河江地区。').relevant).toBe(true);
    expect(assess('云南天保口岸通关量增长', '文山州商务部门消息，天保口岸果蔬通关量增长。').relevant).toBe(false);
  });

  it('a same-named place placed elsewhere by a bracketed address, there and later in the article', () => {
    const r = assess(
      'Làng Phù Lưu giữ nghề làm bánh',
      'Làng Phù Lưu (Từ Sơn, Bắc Ninh) nổi tiếng với chợ Giầu. Đình Phù Lưu đang được tu bổ.',
    );
    expect(r.relevant).toBe(false);
    expect(r.excluded.every((m) => m.exclusion.kind === 'other-place')).toBe(true);
    expect(assess('Xã Phù Lưu trồng cam', 'Xã Phù Lưu mở rộng 50 ha cam sành.').relevant).toBe(true);
  });

  it('a speciality named alone as an ingredient (mật ong bạc hà in a recipe) is not the province', () => {
    expect(assess('Cách pha trà mật ong bạc hà', 'Cho một thìa mật ong bạc hà vào ly nước ấm.').relevant).toBe(false);
    expect(assess('Mật ong bạc hà Đồng Văn vào mùa', 'Mật ong bạc hà ở Đồng Văn được giá.').relevant).toBe(true);
  });

  it('a person named after the province in Western order (the family name last) is a person', () => {
    const r = assess(
      'Chef Hazel Ha Giang Nguyen opens a pop-up in Houston',
      'Hazel Ha Giang Nguyen grew up in Texas. Her parents are from Saigon and liked the sound of the name.',
    );
    expect(r.relevant).toBe(false);
    // A title, the province, then an official's name in Vietnamese order still means the province.
    expect(assess('Làm việc với tỉnh', 'Chủ tịch UBND tỉnh Tuyên Quang Nguyễn Văn A chủ trì hội nghị.').relevant).toBe(
      true,
    );
  });

  it('a product brand in quotes after “nhãn hiệu”, made and sold in another province', () => {
    const r = assess(
      'Thu hồi nước đóng chai nhãn hiệu "Lũng Cú"',
      'Chi cục An toàn thực phẩm Thanh Hóa yêu cầu thu hồi lô nước đóng chai nhãn hiệu "Lũng Cú" do công ty ở Thanh Hóa sản xuất.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a former ward of another city (“phường Vị Xuyên cũ (… Nam Định)”), there and in the headline', () => {
    const r = assess(
      'Cải tạo hồ ở phường Vị Xuyên cũ',
      'Khu vực phường Vị Xuyên cũ (thành phố Nam Định trước đây, nay thuộc tỉnh Ninh Bình) sẽ có hồ điều hòa mới.',
    );
    expect(r.relevant).toBe(false);
    // The province's own former district, with its new place in the province, stays the province.
    expect(
      assess(
        'Chợ phiên ở huyện Bắc Mê cũ',
        'Chợ phiên ở huyện Bắc Mê cũ (nay là xã Bắc Mê, tỉnh Tuyên Quang) họp mỗi chủ nhật.',
      ).relevant,
    ).toBe(true);
  });

  it('a commune of the merged province named alone after 01/07/2025 (“xã Minh Ngọc”, Sơn Vĩ, đèo Bắc Sum)', () => {
    expect(assess('Đường nứt sau sáu tháng', 'Tuyến đường liên thôn ở xã Minh Ngọc đã nứt.').relevant).toBe(true);
    expect(assess('Trường mới ở vùng biên Sơn Vĩ', 'Học sinh Sơn Vĩ vào năm học mới.').relevant).toBe(true);
    expect(assess('Xe khách lật trên đèo Bắc Sum', 'Năm người bị thương.').relevant).toBe(true);
    // The bare name stays weak: it needs another name of the province.
    expect(assess('Họp thôn', 'Thôn Minh Ngọc họp bàn làm đường.').relevant).toBe(false);
  });

  it('the province as where visitors came from (“khách từ các tỉnh lân cận như …”) is not the province', () => {
    const r = assess(
      'Sa Pa đón 100.000 lượt khách dịp lễ',
      'Phường Sa Pa (Lào Cai) đón khoảng 100.000 lượt khách. Ngoài khách từ Hà Nội, lượng khách từ các tỉnh lân cận như Phú Thọ, Tuyên Quang, Thái Nguyên tự lái xe lên Sa Pa tăng mạnh.',
    );
    expect(r.relevant).toBe(false);
    expect(r.excluded.map((m) => m.exclusion.id)).toContain('visitor-origin');
    // Visitors coming to the province, or the province after "từ" in another sense, still count.
    expect(assess('Đón khách', 'Khách từ Hà Nội đổ về Tuyên Quang dịp lễ.').relevant).toBe(true);
    expect(assess('Hàng về', 'Chuyến hàng từ Tuyên Quang đi Hà Nội xuất phát sáng nay.').relevant).toBe(true);
  });
});

describe('relevance: set N’s confounders', () => {
  it('a person named after the province in Western order at the start of a sentence is a person', () => {
    const r = assess(
      'Chef Ha Giang Nguyen opens her first pho restaurant in Ancoats',
      'Ha Giang Nguyen, who came to Manchester as a student in 2012, has opened a pho restaurant in Ancoats.',
    );
    expect(r.relevant).toBe(false);
    // The province followed by a commune whose name starts like a surname is still the place.
    expect(assess('Hà Giang Hoàng Su Phì mùa lúa chín', 'Ruộng bậc thang ở xã Hoàng Su Phì vào mùa.').relevant).toBe(
      true,
    );
  });

  it('“từ Hà Giang đến Cà Mau” is an idiom for nationwide, not the province', () => {
    const r = assess(
      'Từ Hà Giang đến Cà Mau, người dùng đổ xô săn sale 11/11',
      'Đơn vị vận chuyển cho biết đơn hàng trải khắp "từ Hà Giang đến Cà Mau", mặt hàng bán chạy là đồ gia dụng.',
    );
    expect(r.relevant).toBe(false);
    expect(assess('Săn mây ở Hà Giang', 'Du khách đến Hà Giang săn mây trên đèo Mã Pí Lèng.').relevant).toBe(true);
  });
});

// Set O: social posts, where bands, friends and nicknames carry the province's names.
const assessSocial = (title: string, body: string, source?: string) =>
  assessRelevance(profile, { id: 'o', publishedAt: '2025-11-04T08:00:00+07:00', title, body, source });

describe('relevance: social posts', () => {
  it('a band named after a district, playing in another city', () => {
    const r = assessSocial(
      'Lũng Cú live tại Hà Nội – đêm nhạc mới',
      'Thứ Bảy này Lũng Cú sẽ quay lại sân khấu Hà Nội với đêm nhạc mới. Vé đặt qua link ở bio.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a restaurant "<place> Quán" in another city', () => {
    const r = assessSocial('Đồng Văn Quán (Huế) – đắt mà ít', 'Quán trên đường Lê Lợi, Huế. Phục vụ chậm, 2/5.');
    expect(r.relevant).toBe(false);
  });

  it('a birthday wish to a friend named after the province, unaccented', () => {
    const r = assessSocial(
      'Chuc mung sinh nhat Tuyen Quang 🎂',
      'Chuc mung sinh nhat con ban than Tuyen Quang nha 🥳 tuoi moi xinh hon nhe.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a nickname: a given name glued before a landmark, in another city', () => {
    const r = assessSocial(
      'thay lốp xe cho khách',
      'Tùng Lũng Cú tiệm sửa xe Thủ Đức đây mn 😎 hôm nay thay lốp cho khách. Ai ở Sài Gòn cần làm xe cứ ghé.',
    );
    expect(r.relevant).toBe(false);
  });

  it('a commune’s own page: "UBND xã" in its post means the province', () => {
    const r = assessSocial(
      'Cảnh giác với tin nhắn lạ',
      'UBND xã đã phối hợp Công an xã gặp gỡ các hộ tham gia nhóm; bà con phát hiện tin nhắn báo ngay cho trưởng thôn.',
      'Fanpage UBND xã Sủng Máng',
    );
    expect(r.relevant).toBe(true);
  });

  it('a page that names a place without its designator is not the commune’s own page', () => {
    const r = assessSocial('Cảnh giác với tin nhắn lạ', 'UBND xã đã họp bà con.', 'Fanpage ban nhạc Sủng Máng');
    expect(r.relevant).toBe(false);
  });

  it('a street of another city in an unaccented post ("duong" for "đường")', () => {
    const r = assessSocial(
      'Ket xe duong Tan Trao sang nay',
      'Ai o Go Vap dung di duong Tan Trao nha, xe tai hong giua duong, ket tu 7h toi gio.',
    );
    expect(r.relevant).toBe(false);
    // The relic itself, unaccented, still names the province.
    const relic = assessSocial(
      'Di Tan Trao cuoi tuan',
      'Cuoi tuan ca lop minh len Tan Trao tham dinh Tan Trao va cay da.',
    );
    expect(relic.relevant).toBe(true);
  });

  it('an English street named after the province, the street word after the name, is another city’s street', () => {
    const r = assess(
      'A noodle shop on Tuyen Quang Street',
      'The pho shop on Tuyen Quang Street in Hanoi opens at 6 am; a bowl costs VND45,000.',
    );
    expect(r.relevant).toBe(false);
    // The province itself, and a lowercase "street food" after its name, still name the province.
    const province = assess(
      'Street food in Tuyen Quang',
      'Visitors to Tuyen Quang province try sour rice noodles at the night market; Tuyen Quang street food is cheap.',
    );
    expect(province.relevant).toBe(true);
  });

  it('an unaccented sentence in an accented post still names the commune', () => {
    const r = assessSocial(
      'Tin nhắn nhóm thôn: đường vẫn chưa sửa',
      'Duong tu trung tam xa Thong Nguyen vao thon Nam Ty sat tu dau thang 8 den gio van chua ai sua. Bà con đã báo xã 3 lần.',
    );
    expect(r.relevant).toBe(true);
  });
});

describe('relevance: English titles before a name (set AE’s kind)', () => {
  it('a doctor named after a district, by profession or as “Dr.”, is a person', () => {
    const byProfession = assess(
      'Pediatrician Lam Binh opens a weekend clinic in Houston',
      'Houston pediatrician Lam Binh has opened a free weekend clinic for uninsured families.',
    );
    expect(byProfession.relevant).toBe(false);
    const byTitle = assess(
      'A free clinic in Houston',
      'A free weekend clinic opened in Houston this month. Dr. Lam Binh, who runs it, said 200 children came in its first week.',
    );
    expect(byTitle.relevant).toBe(false);
  });

  it('the district itself, written without diacritics, still counts', () => {
    const r = assess(
      'Mobile clinics reach remote villages',
      'Doctors from the provincial hospital drove to Lam Binh, in Tuyen Quang, to vaccinate 300 children.',
    );
    expect(r.relevant).toBe(true);
  });
});

describe('relevance: an English appositive naming an eatery (set AQ’s kind)', () => {
  it('a landmark’s name that an appositive calls a canteen or a bar is the eatery, in the whole article', () => {
    const r = assess(
      'Dong Van, a new Richmond noodle bar, keeps it short',
      'Dong Van has opened on Victoria Street, and the owners keep the menu to four soups. Dong Van closes on Mondays.',
    );
    expect(r.relevant).toBe(false);
    const inSentence = assess(
      'Weekend eats',
      'Our pick this week is Lung Cu, an eatery in Footscray serving crab noodle soup for $19.',
    );
    expect(inSentence.relevant).toBe(false);
  });

  it('the place itself, named before an appositive that is no eatery or after a preposition, still counts', () => {
    const town = assess(
      'Dong Van, a town of stone houses',
      'Dong Van, a town with a cafe on every corner, sits near the Chinese border.',
    );
    expect(town.relevant).toBe(true);
    const place = assess(
      'A new hotel in the north',
      'In Dong Van, a new hotel opened this spring for travellers on the loop.',
    );
    expect(place.relevant).toBe(true);
    // A noun used as a modifier ("a cafe town", "hotel-packed") is not the head of the appositive.
    const modifier = assess('Meo Vac, a quiet cafe town', 'Meo Vac, a quiet cafe town, wakes up to its Sunday market.');
    expect(modifier.relevant).toBe(true);
    const hyphen = assess('Sunday market', 'Dong Van, a hotel-packed valley, fills up on weekends.');
    expect(hyphen.relevant).toBe(true);
  });
});
