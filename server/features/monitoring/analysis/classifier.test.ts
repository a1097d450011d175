import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { loadLexicon, loadModel, loadProfile } from './defaults.js';
import { AnalysisError } from './errors.js';
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
