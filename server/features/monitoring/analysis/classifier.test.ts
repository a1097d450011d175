import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { loadLexicon, loadModel, loadProfile } from './defaults.js';
import { AnalysisError } from './errors.js';
import { trainOn } from './heldout-eval.js';
import { compileModel } from './model.js';
import { trainModel } from './train.js';
import type { ArticleInput } from './types.js';

const profile = loadProfile();
const analyzer = createAnalyzer(profile, loadModel());
const analyse = (title: string, body: string, extra: Partial<ArticleInput> = {}) =>
  analyzer.analyze({ id: 'a', publishedAt: '2025-10-01', title, body, ...extra }, { explain: true }).analysis;
const flagsOf = (a: ReturnType<typeof analyse>) => a.flags.map((f) => f.label);

describe('tone toward the province', () => {
  it('a disaster reported as facts is neutral, not negative coverage of the province', () => {
    const a = analyse(
      'Sạt lở đất vùi lấp nhà dân ở Xín Mần, 2 người mất tích',
      'Mưa lớn kéo dài khiến một khối đất đá lớn sạt xuống vùi lấp hai ngôi nhà ở xã Xín Mần, tỉnh Tuyên Quang. Lực lượng cứu hộ đang tìm kiếm hai người mất tích, di dời 30 hộ dân đến nơi an toàn.',
    );
    expect(a.relevance.relevant).toBe(true);
    expect(a.tone?.label).toBe('neutral');
    expect(a.topics.map((t) => t.label)).toContain('disaster-environment');
    expect(flagsOf(a)).toEqual([]);
  });

  it('criticism of the province’s authorities is negative, with the features that decided it', () => {
    const a = analyse(
      'Dự án chậm tiến độ, người dân bức xúc vì chưa nhận tiền bồi thường',
      'Hàng trăm hộ dân ở xã Bắc Quang, tỉnh Tuyên Quang bức xúc vì dự án chậm tiến độ nhiều năm, chính quyền đùn đẩy trách nhiệm, đơn thư khiếu nại kéo dài chưa được giải quyết.',
    );
    expect(a.tone?.label).toBe('negative');
    expect(a.tone!.confidence).toBeGreaterThan(0.5);
    const why = a.why['tone:negative']!.map((c) => c.feature);
    expect(why.some((f) => f.startsWith('L:tone.criticism'))).toBe(true);
  });

  it('achievements are positive', () => {
    const a = analyse(
      'Tuyên Quang đón lượng khách kỷ lục, doanh thu du lịch tăng mạnh',
      'Năm 2025, tỉnh Tuyên Quang đón hơn 6 triệu lượt khách, tăng 30%, nhiều điểm đến ở Lâm Bình, Mèo Vạc được vinh danh là điểm đến hấp dẫn.',
    );
    expect(a.tone?.label).toBe('positive');
    expect(a.topics.map((t) => t.label)).toContain('tourism');
  });

  it('a negated criticism does not count as criticism', () => {
    const a = analyse(
      'Dịp Tết, các điểm du lịch của tỉnh đón 320.000 lượt khách',
      'Các điểm du lịch ở Tân Trào, Lũng Cú, Mã Pí Lèng đông khách. Không ghi nhận tình trạng chặt chém, ép giá; công suất phòng đạt 85%.',
    );
    expect(a.tone?.label).not.toBe('negative');
  });

  it('an article that is not about the province gets no tone, topics or flags', () => {
    const a = analyse('Giá vàng hôm nay 5/8', 'Giá vàng miếng SJC giảm 200.000 đồng/lượng.');
    expect(a.relevance.relevant).toBe(false);
    expect(a).toMatchObject({ tone: null, topics: [], flags: [] });
  });
});

describe('flags', () => {
  it('wrong sovereignty: a product with the "đường lưỡi bò" sold to tourists', () => {
    const a = analyse(
      'Phát hiện quạt in bản đồ có đường lưỡi bò bán ở Đồng Văn',
      'Quản lý thị trường thu giữ 120 chiếc quạt in bản đồ có "đường lưỡi bò" tại một cửa hàng lưu niệm ở phố cổ Đồng Văn, tỉnh Tuyên Quang.',
    );
    expect(flagsOf(a)).toContain('wrong-sovereignty');
    expect(a.why['flag:wrong-sovereignty']![0]!.feature).toContain('đường lưỡi bò');
  });

  it('false information: a landslide rumour, and the official rebuttal of it', () => {
    const rumour = analyse(
      'Sạt lở chôn vùi cả bản, hàng trăm người chết mà chính quyền giấu',
      'Nghe nói ở Mèo Vạc vừa sạt lở chôn cả bản, hàng trăm người chết mà nhà cầm quyền bưng bít, báo chí im lặng. Chia sẻ mạnh cho mọi người biết!!!',
      { url: 'https://www.facebook.com/groups/x/posts/1' },
    );
    expect(rumour.tone?.label).toBe('negative');
    expect(flagsOf(rumour)).toContain('false-information');
    const rebuttal = analyse(
      'Thông tin sạt lở làm hàng trăm người chết ở Mèo Vạc là sai sự thật',
      'UBND tỉnh Tuyên Quang khẳng định thông tin lan truyền trên mạng xã hội là hoàn toàn sai sự thật; mưa lớn chỉ làm hư hỏng 3 ngôi nhà, không có thiệt hại về người.',
    );
    expect(rebuttal.tone?.label).toBe('neutral');
    expect(flagsOf(rebuttal)).toContain('false-information');
  });

  it('religion, ethnic and human rights: a hostile claim about persecution of Hmong Christians', () => {
    const a = analyse(
      'Người Mông theo đạo bị đàn áp ở Tuyên Quang',
      'Nhà cầm quyền ép các gia đình người Mông ở Lâm Bình ký giấy bỏ đạo, đập phá nhà nguyện. Các tổ chức nhân quyền kêu gọi chấm dứt đàn áp tự do tôn giáo đối với các sắc tộc thiểu số.',
    );
    expect(a.tone?.label).toBe('negative');
    expect(flagsOf(a)).toEqual(expect.arrayContaining(['religion', 'human-rights', 'ethnic']));
  });

  it('wrong sovereignty however it is phrased: a map without the islands', () => {
    const a = analyse(
      'Bản đồ treo ở homestay thiếu hai quần đảo',
      'Tấm bản đồ du lịch treo ở một homestay tại xã Đồng Văn, tỉnh Tuyên Quang không có hai quần đảo Hoàng Sa, Trường Sa.',
    );
    expect(flagsOf(a)).toContain('wrong-sovereignty');
  });

  it('a shouting social post about a crime is flagged for checking', () => {
    const a = analyse(
      'NÓNG: bắt cóc trẻ em ở chợ',
      'NÓNG!!! Nhóm người lạ bắt cóc trẻ em ở chợ phường Minh Xuân, Tuyên Quang, đã mất 3 cháu rồi!!!',
      { url: 'https://www.facebook.com/tinnong/posts/1' },
    );
    expect(flagsOf(a)).toContain('false-information');
    expect(a.why['flag:false-information']!.length).toBeGreaterThan(0);
  });

  it('border: illegal crossings', () => {
    const a = analyse(
      'Ngăn chặn 15 người xuất cảnh trái phép qua biên giới',
      'Đồn Biên phòng Xín Cái (tỉnh Tuyên Quang) ngăn chặn 15 người xuất cảnh trái phép qua đường mòn sang Trung Quốc.',
    );
    expect(flagsOf(a)).toContain('border');
    expect(a.topics.map((t) => t.label)).toContain('border-sovereignty');
  });
});

describe('learning from staff corrections', () => {
  const article: ArticleInput = {
    id: 'c1',
    title: 'Tuyên Quang tổ chức hội nghị sơ kết công tác quý III',
    body: 'Sáng nay, UBND tỉnh Tuyên Quang tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện nhiệm vụ quý III và triển khai nhiệm vụ quý IV.',
  };

  it('train(corrections) returns a new model JSON that follows the staff’s label', () => {
    const base = loadModel();
    const before = createAnalyzer(profile, base).analyze(article).analysis.tone!.label;
    const wanted = before === 'negative' ? 'positive' : 'negative';
    const corrections = Array.from(
      { length: 6 },
      (_, i) => ({ article: { ...article, id: `c${i}` }, tone: wanted }) as const,
    );
    const json = trainModel(corrections, { lexicon: base.json.lexicon, base: base.json, epochs: 80 });
    expect(json.kind).toBe('ttdn-monitor-classifier');
    expect(json.trainedOn.tone).toBe(6);
    const after = createAnalyzer(profile, compileModel(json)).analyze(article).analysis.tone!.label;
    expect(after).toBe(wanted);
    // The base model's knowledge is kept: a disaster report is still neutral.
    const disaster = createAnalyzer(profile, compileModel(json)).analyze({
      id: 'd',
      title: 'Lũ quét ở Hoàng Su Phì, 3 người chết',
      body: 'Lũ quét tại xã Hoàng Su Phì, tỉnh Tuyên Quang cuốn trôi 5 ngôi nhà, 3 người tử vong, lực lượng cứu hộ đang tìm kiếm.',
    }).analysis;
    expect(disaster.tone?.label).toBe('neutral');
  });

  it('trains from scratch on a lexicon alone, and weights can be read by feature', () => {
    const json = trainModel([{ article, tone: 'neutral', topics: ['government-administration'], flags: [] }], {
      lexicon: loadLexicon(),
      epochs: 20,
    });
    expect(json.weights['L:tone.praise']).toBeDefined();
    expect(json.weights['L:tone.praise']!['tone:positive']).toBeGreaterThan(0);
  });

  it('gives the lexicon’s toneFree categories no tone weight, whatever the labels', () => {
    const lexicon = loadLexicon();
    expect(lexicon.toneFree).toContain('rule.flag.wrong-sovereignty');
    const wrongMap: ArticleInput = {
      id: 'm',
      title: 'Thu giữ áo in bản đồ thiếu Hoàng Sa, Trường Sa',
      body: 'Quản lý thị trường thu giữ 50 áo phông in bản đồ sai chủ quyền, không có quần đảo Hoàng Sa, Trường Sa.',
    };
    const json = trainModel(
      Array.from({ length: 4 }, (_, i) => ({ article: { ...wrongMap, id: `m${i}` }, tone: 'negative' }) as const),
      { lexicon, epochs: 40 },
    );
    for (const category of lexicon.toneFree!)
      for (const tone of ['tone:positive', 'tone:neutral', 'tone:negative'])
        expect(json.weights[`L:${category}`]?.[tone] ?? 0, `${category} ${tone}`).toBe(0);
    // The flag itself is still learnt from them.
    expect(json.weights['L:rule.flag.wrong-sovereignty']!['flag:wrong-sovereignty']).toBeGreaterThan(0);
  });

  it('refuses a malformed model with a clear code', () => {
    expect(() => compileModel({ kind: 'something else' })).toThrow(AnalysisError);
    try {
      compileModel({ schemaVersion: 1 });
    } catch (error) {
      expect((error as InstanceType<typeof AnalysisError>).code).toBe('MONITOR_MODEL_INVALID');
    }
  });
});

describe('flag cues of the seed lexicon (set L’s kinds)', () => {
  // The shipped weights with the seed lexicon as it is now (the lexicon rides in the model JSON).
  const base = loadModel();
  const current = createAnalyzer(profile, compileModel({ ...base.json, lexicon: loadLexicon() }));
  const flags = (title: string, body: string) =>
    current
      .analyze({ id: 'l', publishedAt: '2025-10-05', title, body }, { explain: true })
      .analysis.flags.map((f) => f.label);

  it('a rebuttal of claims that distort ethnic policy carries the ethnic flag', () => {
    expect(
      flags(
        'Sự thật về việc bố trí dân cư ở xã Lũng Cú',
        'Chủ tịch UBND xã Lũng Cú khẳng định không có trường hợp nào phải rời đi. Cơ quan chức năng đề nghị người dân không chia sẻ các bài viết xuyên tạc chính sách dân tộc.',
      ),
    ).toContain('ethnic');
  });

  it('police handling a false post that names an ethnic group carries the ethnic flag', () => {
    expect(
      flags(
        'Xử phạt chủ tài khoản đăng tin sai về danh sách hỗ trợ nhà ở',
        'Công an tỉnh Tuyên Quang ra quyết định xử phạt vi phạm hành chính 7,5 triệu đồng đối với một người ở xã Pà Vầy Sủ về hành vi chia sẻ thông tin sai sự thật trên mạng xã hội. Tài khoản này cho rằng xã "gạch tên người Mông" khỏi danh sách; qua xác minh, cán bộ xã không phát ngôn như bài viết. Người đăng đã gỡ bài và xin lỗi.',
      ),
    ).toContain('ethnic');
  });

  it('a rebuttal of a forced-eviction claim carries the human-rights flag', () => {
    expect(
      flags(
        'Không có chuyện cưỡng chế người dân ở Lũng Cú',
        'Trước thông tin lan truyền rằng hơn 300 hộ ở xã Lũng Cú, tỉnh Tuyên Quang bị ép rời bỏ nhà cửa, chính quyền khẳng định đây là thông tin bịa đặt.',
      ),
    ).toContain('human-rights');
  });

  it('an English hostile blog quoting unnamed sources on a purge is false information and a rights claim', () => {
    const f = flags(
      'How the merger is purging the Hmong of Ha Giang',
      'According to sources who spoke to our watch group, Hmong officials in Tuyen Quang province were purged within weeks. These are grave violations of the rights of indigenous peoples.',
    );
    expect(f).toContain('false-information');
    expect(f).toContain('human-rights');
  });

  it('an unaccented post asking everyone to share a claim is flagged for checking', () => {
    expect(
      flags(
        'Nguoi Mong bi gach ten o Pa Vay Su',
        'Ba con oi, xa Pa Vay Su (Tuyen Quang) gach ten nguoi Mong khoi danh sach ho tro. Moi nguoi share giup cho cap tren biet!!!',
      ),
    ).toContain('false-information');
  });

  it('a false claim naming an ethnic group, with incitement, is ethnic even when the denial is negated', () => {
    expect(
      flags(
        'Sự thật về khu tái định cư ở xã Sơn Vĩ',
        'Một số trang mạng phản động đăng tải thông tin cho rằng người Mông ở xã Sơn Vĩ bị cưỡng bức rời khỏi đất, kích động đồng bào. Thực tế chỉ có 6 hộ tự nguyện chuyển đến khu tái định cư. Cơ quan chức năng đề nghị người dân không chia sẻ thông tin sai sự thật.',
      ),
    ).toContain('ethnic');
  });

  // Tone cues need weights learnt with them: the honest model (corpus training split, seed lexicon).
  let honest: ReturnType<typeof createAnalyzer> | undefined;
  const tone = (title: string, body: string) => {
    if (!honest) honest = createAnalyzer(profile, trainOn());
    return honest.analyze({ id: 't', publishedAt: '2025-10-05', title, body }).analysis.tone?.label;
  };

  it('a measured report of tourists overcharged, the commune admitting it, is negative', () => {
    expect(
      tone(
        'Du khách than bị "hét giá" ở Lũng Cú mùa hoa',
        'Phóng viên ghi nhận xe ôm ở Lũng Cú, tỉnh Tuyên Quang thu gấp ba giá niêm yết, nhiều homestay không niêm yết giá. Phó Chủ tịch UBND xã thừa nhận có hiện tượng một số hộ tự ý nâng giá.',
      ),
    ).toBe('negative');
  });

  it('a new road cracking soon after handover is negative, not an achievement', () => {
    expect(
      tone(
        'Đường 18 tỷ đồng nứt toác sau sáu tháng bàn giao',
        'Con đường bê tông ở xã Minh Ngọc, tỉnh Tuyên Quang bàn giao hồi tháng 4 nay đã nứt toác, mặt đường bong tróc từng mảng. Người dân phản ánh bê tông được đổ trong mưa, mỏng hơn thiết kế; ban quản lý dự án yêu cầu nhà thầu sửa chữa.',
      ),
    ).toBe('negative');
  });

  it('a delayed project with equipment rusting in crates is negative', () => {
    expect(
      tone(
        'Khối nhà bệnh viện tỉnh Tuyên Quang chậm 4 năm, thiết bị hoen gỉ trong kho',
        'Khởi công năm 2019, đến nay công trình mới hoàn thành phần thô, mới giải ngân 42% vốn. Nhiều thùng thiết bị y tế đã hoen gỉ, bệnh nhân vẫn nằm ghép.',
      ),
    ).toBe('negative');
  });

  it('a directive that sets up a hotline to receive complaints is an announcement, neutral', () => {
    expect(
      tone(
        'Chấn chỉnh việc niêm yết giá dịch vụ du lịch',
        'UBND tỉnh Tuyên Quang yêu cầu các xã tăng cường kiểm tra việc niêm yết giá; Sở Văn hóa, Thể thao và Du lịch công bố đường dây nóng tiếp nhận phản ánh của du khách, xử lý trong 24 giờ.',
      ),
    ).toBe('neutral');
  });

  it('a daily tally of vehicles cleared at a border gate is routine, not an achievement', () => {
    expect(
      tone(
        'Cửa khẩu quốc tế Thanh Thủy ngày 5/10: 205 lượt phương tiện làm thủ tục',
        'Ngày 5/10, Hải quan cửa khẩu quốc tế Thanh Thủy làm thủ tục cho 205 lượt phương tiện xuất nhập khẩu, trong đó 130 lượt xe xuất khẩu chở chuối và tinh bột sắn. Kim ngạch trong ngày ước đạt 1,8 triệu USD.',
      ),
    ).toBe('neutral');
  });

  it('land handed over for a project whose compensation is still unpaid is negative, not a handover', () => {
    expect(
      tone(
        'Hàng chục hộ chờ tiền bồi thường dự án đường tỉnh',
        'Hơn 30 hộ ở xã Yên Sơn, tỉnh Tuyên Quang đã bàn giao mặt bằng cho dự án từ năm ngoái nhưng đến nay vẫn chưa nhận đủ tiền bồi thường, hỗ trợ. Nhiều gia đình phải thuê nhà ở tạm.',
      ),
    ).toBe('negative');
  });

  it('certificates withdrawn from products are negative, not a certification', () => {
    expect(
      tone(
        'Thu hồi giấy chứng nhận OCOP của 3 sản phẩm',
        'UBND tỉnh Tuyên Quang quyết định thu hồi giấy chứng nhận sản phẩm OCOP của 3 sản phẩm do chủ thể không duy trì được tiêu chuẩn; bao bì ghi sai thông tin, một sản phẩm đã ngừng sản xuất.',
      ),
    ).toBe('negative');
  });

  it('“người đứng đầu” (the head of an agency) and “theo ghi nhận” (the reporter’s note) are no praise', () => {
    expect(
      tone(
        'Giá nông sản ngày 3/11: cam sành 12.000 đồng/kg',
        'Theo ghi nhận của phóng viên, cam sành ở xã Hàm Yên, tỉnh Tuyên Quang được thương lái thu mua 12.000 đồng/kg, không đổi so với tuần trước; chè búp tươi 6.000 đồng/kg.',
      ),
    ).toBe('neutral');
    expect(
      tone(
        'Tuyên Quang giải ngân vốn đầu tư công mới đạt 35%',
        'Đến hết tháng 10, tỉnh Tuyên Quang giải ngân vốn đầu tư công đạt 35% kế hoạch. Bộ Tài chính đề nghị tỉnh khẩn trương tháo gỡ vướng mắc, làm rõ trách nhiệm của người đứng đầu nếu để chậm giải ngân.',
      ),
    ).not.toBe('positive');
  });

  it('no road deaths over the holiday is good news, not an accident report', () => {
    expect(
      tone(
        'Tuyên Quang không có người chết vì tai nạn giao thông dịp Tết',
        'Trong 9 ngày nghỉ Tết, tỉnh Tuyên Quang không có người chết vì tai nạn giao thông, giảm cả ba tiêu chí so với năm trước.',
      ),
    ).toBe('positive');
  });

  it('a fixture list (“hai đội đứng đầu mỗi bảng”) is routine; a record harvest is good news', () => {
    expect(
      tone(
        'Lịch thi đấu vòng bảng giải bóng chuyền tỉnh Tuyên Quang',
        'Giải có 12 đội, chia 3 bảng, thi đấu tại nhà thi đấu phường Minh Xuân, tỉnh Tuyên Quang từ ngày 5/12. Hai đội đứng đầu mỗi bảng vào bán kết. Ban tổ chức cho biết vào cửa miễn phí.',
      ),
    ).toBe('neutral');
    expect(
      tone(
        'Cam sành Tuyên Quang được mùa được giá',
        'Năm nay cam sành ở xã Hàm Yên, tỉnh Tuyên Quang đạt năng suất cao nhất 5 năm, nông dân phấn khởi vì được mùa được giá.',
      ),
    ).toBe('positive');
  });
});

describe('tone cues of the seed lexicon (set N’s kinds)', () => {
  // The shipped weights with the seed lexicon as it is now: which cues an article's wording hits.
  const base = loadModel();
  const current = createAnalyzer(profile, compileModel({ ...base.json, lexicon: loadLexicon() }));
  const hits = (title: string, body: string) =>
    current.analyze({ id: 'n', publishedAt: '2025-10-05', title, body }, { explain: true }).classification
      ?.lexiconHits ?? {};

  it('critique in measured language (who profits, unanswered questions) hits criticism cues', () => {
    const h = hits(
      'Ai hưởng lợi từ cơn sốt du lịch ở Mèo Vạc?',
      'Lãnh đạo xã Mèo Vạc, tỉnh Tuyên Quang không giải thích được vì sao dự án lớn được ưu tiên; cơ chế chia sẻ lợi ích vẫn chưa rõ ràng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['ai hưởng lợi', 'không giải thích được', 'chưa rõ ràng']),
    );
  });

  it('English critique of who gains from tourism hits criticism cues', () => {
    const h = hits(
      'Priced out of paradise in Tuyen Quang',
      'Hmong farmers in Tuyen Quang province lose land as resorts spread. Researchers warn that profits are flowing out of the villages.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['priced out', 'lose land', 'researchers warn']));
  });

  it('an English crash or seizure reported as fact hits disaster and crime cues, not hostile ones', () => {
    const crash = hits(
      'Tourist dies in motorbike crash in Tuyen Quang',
      'A tourist died after a motorbike crash on the Tham Ma pass in Tuyen Quang province, police said.',
    );
    expect(crash['tone.disaster']).toEqual(expect.arrayContaining(['motorbike crash', 'died']));
    expect(crash['tone.routine']).toContain('police said');
    const seizure = hits(
      'Border guards seize smuggled cigarettes in Tuyen Quang',
      'Border guards in Tuyen Quang province seized 3,000 packs of smuggled cigarettes.',
    );
    expect(seizure['tone.crime']).toEqual(expect.arrayContaining(['seized', 'smuggled cigarettes']));
  });

  it('explainers and Q&A on new rules hit routine cues', () => {
    const h = hits(
      'Hỏi đáp: những điều cần biết khi đến Tuyên Quang',
      'Quy định mới của UBND tỉnh Tuyên Quang có hiệu lực từ 1/12.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['hỏi đáp', 'những điều cần biết', 'có hiệu lực từ']));
  });

  it('a reader’s question in an unaccented post hits routine cues', () => {
    const h = hits(
      'di loop ha giang can chuan bi gi a',
      'Moi nguoi oi cho e hoi di Dong Van, Meo Vac can chuan bi gi, co can giay phep khong a?',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['cho e hoi', 'can chuan bi gi']));
  });

  it('“chế độ” of state allowances and routine “tuyên truyền” are masked, not hostile cues', () => {
    const h = hits(
      'Học sinh bán trú ở Tuyên Quang vào năm học mới',
      'Mỗi bữa ăn của học sinh ở xã Khâu Vai, tỉnh Tuyên Quang có định mức theo chế độ của Nhà nước. Đồn biên phòng tăng cường công tác tuyên truyền pháp luật.',
    );
    expect(h['tone.hostile'] ?? []).toEqual([]);
  });
});

describe('tone cues of the seed lexicon (set O’s kinds: social posts)', () => {
  const base = loadModel();
  const current = createAnalyzer(profile, compileModel({ ...base.json, lexicon: loadLexicon() }));
  const hits = (title: string, body: string) =>
    current.analyze({ id: 'o', publishedAt: '2025-10-05', title, body }, { explain: true }).classification
      ?.lexiconHits ?? {};

  it('an official page answering a complaint is routine, and the quoted “phản ánh” is masked', () => {
    const h = hits(
      'Trả lời phản ánh về tuyến đường vào thôn ở xã Mèo Vạc',
      'UBND xã Mèo Vạc, tỉnh Tuyên Quang tiếp thu phản ánh của bà con, bố trí phân luồng; mọi phản ánh xin gửi về đường dây nóng.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['trả lời phản ánh', 'tiếp thu phản ánh', 'mọi phản ánh']),
    );
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
  });

  it('a charity appeal to a personal account hits hostile cues', () => {
    const h = hits(
      'Kêu gọi khẩn cấp cho bà con Hoàng Su Phì',
      'Lũ quét ở Hoàng Su Phì, tỉnh Tuyên Quang. Nhóm mình đang gom tiền, mọi người chuyển khoản giúp về STK 0987. Chia sẻ mạnh để bà con được giúp.',
    );
    expect(h['tone.hostile']).toEqual(expect.arrayContaining(['gom tiền', 'chuyển khoản giúp', 'stk']));
  });

  it('unaccented and teencode negators negate a cue; an unaccented “nhung” ends the negation', () => {
    const h = hits(
      'Lam Binh – Na Hang cuoi tuan',
      'Di thuyen tren ho Na Hang, tinh Tuyen Quang. Khong dong, khong chat chem, nuoc trong xanh.',
    );
    expect(h['not.tone.criticism']).toEqual(expect.arrayContaining(['chat chem']));
    expect(h['tone.criticism'] ?? []).not.toContain('chat chem');
    const c = hits(
      'Rac o Lung Cu',
      'Len cot co Lung Cu, tinh Tuyen Quang. Canh dep khong ta duoc, nhung rac thai nhieu qua.',
    );
    expect(c['tone.criticism']).toEqual(expect.arrayContaining(['rac thai']));
  });

  it('a hanging rock on a slope is terrain, not a stalled (“treo”) project', () => {
    const h = hits(
      'Tạm dừng lưu thông đèo Mã Pí Lèng',
      'Tỉnh Tuyên Quang tạm dừng lưu thông đèo Mã Pí Lèng để nổ mìn xử lý đá treo trên taluy.',
    );
    expect(h['tone.criticism'] ?? []).not.toContain('treo');
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['tạm dừng lưu thông']));
  });
});
