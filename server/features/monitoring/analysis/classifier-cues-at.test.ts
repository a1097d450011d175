import { describe, expect, it } from 'vitest';
import { hash32 } from '../../../../common/text/syllables.js';
import { dupSignature } from './dup-signature.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { tokenizeArticle } from './relevance.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';
import type { ArticleInput } from './types.js';

// What the tuning on set AT (the rainy and storm season: floods, landslides, rescue, relief and
// reconstruction, complaints and rumours) changed, one test per kind. Every sentence and article here
// is invented.

describe('tone cues of the seed lexicon (set AT’s kinds)', () => {
  it('help delivered in a disaster reads as praise: timely evacuation, round-the-clock repairs, debt relief, free care', () => {
    const rescue = hits(
      'Sơ tán trước lũ',
      'Xã ở tỉnh Tuyên Quang kịp thời sơ tán 20 hộ, cán bộ gõ cửa từng nhà; đơn vị thi công làm ba ca, bốn kíp để thông đường.',
    );
    expect(rescue['tone.praise']).toEqual(
      expect.arrayContaining(['kịp thời sơ tán', 'gõ cửa từng nhà', 'ba ca bốn kíp']),
    );
    const loans = hits(
      'Vốn vay sau lũ',
      'Ngân hàng ở tỉnh Tuyên Quang khoanh nợ, gia hạn nợ cho các hộ; nhờ khoản vay, bà con khôi phục sản xuất.',
    );
    expect(loans['tone.praise']).toEqual(
      expect.arrayContaining(['khoanh nợ', 'gia hạn nợ', 'nhờ khoản vay', 'khôi phục sản xuất']),
    );
    const care = hits('Y tế sau lũ', 'Đội y tế của tỉnh Tuyên Quang cấp thuốc miễn phí, không để dịch bệnh bùng phát.');
    expect(care['tone.praise']).toEqual(expect.arrayContaining(['cấp thuốc miễn phí', 'không để dịch bệnh']));
    // Help that did not come is no praise, and an outbreak as such is a disaster.
    const not = hits(
      'Dịch sau lũ',
      'Người dân ở tỉnh Tuyên Quang cho biết xã không kịp thời sơ tán; dịch bệnh bùng phát ở hai thôn.',
    );
    expect(not['tone.praise'] ?? []).not.toContain('kịp thời sơ tán');
    expect(not['tone.praise'] ?? []).not.toContain('không để dịch bệnh');
  });

  it('relief handed out unfairly, padded claims and the discipline that follows read as criticism', () => {
    const unfair = hits(
      'Chia tiền hỗ trợ thiếu công bằng',
      'Ở một xã của tỉnh Tuyên Quang, danh sách không công khai, việc lập danh sách chưa đúng quy trình; cán bộ kê khống diện tích, nghiệm thu cao hơn thực tế, chia nhỏ gói thầu, hồ sơ thiếu chặt chẽ, chậm quyết toán.',
    );
    expect(unfair['tone.criticism']).toEqual(
      expect.arrayContaining([
        'thiếu công bằng',
        'không công khai',
        'chưa đúng quy trình',
        'kê khống',
        'cao hơn thực tế',
        'chia nhỏ gói thầu',
        'thiếu chặt chẽ',
        'chậm quyết toán',
      ]),
    );
    const discipline = hits(
      'Kỷ luật cán bộ xã',
      'Ủy ban Kiểm tra Đảng ủy một xã của tỉnh Tuyên Quang vừa thi hành kỷ luật một công chức do vi phạm trong việc lập danh sách.',
    );
    expect(discipline['tone.criticism']).toEqual(
      expect.arrayContaining(['ủy ban kiểm tra', 'thi hành kỷ luật', 'do vi phạm', 'vi phạm trong việc']),
    );
    const findings = hits(
      'Kết quả kiểm tra',
      'Ở tỉnh Tuyên Quang, kết quả kiểm tra cho thấy số tiền chi sai hơn 100 triệu đồng; công chức bị kỷ luật cảnh cáo, cần xác định trách nhiệm.',
    );
    expect(findings['tone.criticism']).toEqual(
      expect.arrayContaining([
        'kết quả kiểm tra cho thấy',
        'số tiền chi sai',
        'kỷ luật cảnh cáo',
        'xác định trách nhiệm',
      ]),
    );
    // The Party's inspection committee is no routine "kiểm tra"; a list drawn up properly is no fault.
    expect(hits('Ủy ban Kiểm tra họp', 'Ủy ban Kiểm tra tỉnh Tuyên Quang họp.')['tone.routine'] ?? []).not.toContain(
      'kiểm tra',
    );
    const fine = hits('Chia tiền đúng quy trình', 'Xã ở tỉnh Tuyên Quang lập danh sách đúng quy trình, công bằng.');
    expect(fine['tone.criticism'] ?? []).toEqual([]);
  });

  it('waiting that drags on, help that never arrived and schemes that brought nothing read as criticism', () => {
    const waiting = hits(
      'Trạm y tế chờ vốn',
      'Trạm y tế ở tỉnh Tuyên Quang bị lũ cuốn, đến nay vẫn khám bệnh trong nhà mượn; đề xuất nhiều lần nhưng còn chờ bố trí vốn, quy trình chồng chéo. Nhiều hộ sống trong lều, chưa có nơi ở.',
    );
    expect(waiting['tone.criticism']).toEqual(
      expect.arrayContaining([
        'đến nay vẫn',
        'nhà mượn',
        'đề xuất nhiều lần',
        'nhiều lần nhưng',
        'chờ bố trí vốn',
        'chồng chéo',
        'sống trong lều',
        'chưa có nơi',
      ]),
    );
    const failing = hits(
      'Mô hình không hiệu quả',
      'Người dân ở tỉnh Tuyên Quang mong cơ quan chức năng sớm vào cuộc, càng thêm lo lắng. Mô hình chưa mang lại hiệu quả, không đi vào cuộc sống; cam rẻ như cho; sai phạm chưa được chấn chỉnh.',
    );
    expect(failing['tone.criticism']).toEqual(
      expect.arrayContaining([
        'mong cơ quan chức năng',
        'thêm lo lắng',
        'chưa mang lại hiệu quả',
        'không đi vào cuộc sống',
        'rẻ như cho',
        'chưa được chấn chỉnh',
      ]),
    );
    // Work finished by now, and a scheme that works, are no complaint.
    const done = hits('Nhà mới', 'Đến nay, tỉnh Tuyên Quang đã hoàn thành 112 căn nhà; mô hình mang lại hiệu quả.');
    expect(done['tone.criticism'] ?? []).toEqual([]);
  });

  it('an inspection team set up after a complaint, and “sau phản ánh của …” naming the complaint, read as criticism', () => {
    const h = hits(
      'Xã lập tổ kiểm tra',
      'Sau phản ánh của người dân về việc chia tiền hỗ trợ, UBND xã ở tỉnh Tuyên Quang đã lập tổ kiểm tra.',
    );
    expect(h['tone.criticism']).toContain('sau phản ánh của');
    expect(h['tone.criticism-soft']).toContain('lập tổ kiểm tra');
    expect(h['tone.praise'] ?? []).not.toContain('sau phản ánh');
    // A fault put right "sau phản ánh" (after the complaint) still reads as praise.
    const fixed = hits('Đèn sáng trở lại sau phản ánh', 'Đèn đường ở tỉnh Tuyên Quang đã sáng trở lại sau phản ánh.');
    expect(fixed['tone.praise']).toContain('sau phản ánh');
  });

  it('a verification record is no rebuttal; a verification still is', () => {
    const h = hits('Hồ sơ bị trả lại', 'Hồ sơ ở tỉnh Tuyên Quang bị trả lại vì thiếu biên bản xác minh.');
    expect(h['tone.denial'] ?? []).not.toContain('xác minh');
    const denial = hits('Xác minh tin đồn', 'Công an tỉnh Tuyên Quang đã xác minh, thông tin là bịa đặt.');
    expect(denial['tone.denial']).toContain('xác minh');
  });

  it('English rumour posts about a hidden death toll read hostile; an advisory’s rules read routine', () => {
    const h = hits(
      'What they are not telling you about Tuyen Quang',
      "Locals say the real death toll is far higher. They are not telling you, they are keeping journalists away and nobody will confirm it: they won't tell you the truth.",
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining([
        'real death toll',
        'not telling you',
        'keeping journalists away',
        'nobody will confirm',
        "won't tell you the truth",
      ]),
    );
    const plain = hits('Storm toll', 'The death toll in Tuyen Quang rose to 3, the government said.');
    expect(plain['tone.hostile'] ?? []).toEqual([]);
    const advisory = hits(
      'Loop reopens',
      'Officials in Tuyen Quang advised travelers to ride by day; riders are urged to check the forecast. Renting motorbikes to people without a licence remains prohibited.',
    );
    expect(advisory['tone.routine']).toEqual(
      expect.arrayContaining(['advised travelers', 'urged to check', 'remains prohibited']),
    );
  });

  it('a negation ends at “trong khi” (whereas): the clause after it is not negated', () => {
    const h = hits(
      'Danh sách hỗ trợ',
      'Nhiều hộ bị lũ ở tỉnh Tuyên Quang không có tên trong danh sách, trong khi người thân của cán bộ lại có.',
    );
    expect(h['tone.criticism']).toContain('người thân của cán bộ');
    expect(h['not.tone.criticism'] ?? []).not.toContain('người thân của cán bộ');
    // Without the contrast the negator still reaches the cue.
    const negated = hits('Danh sách', 'Danh sách ở tỉnh Tuyên Quang không có người thân của cán bộ.');
    expect(negated['not.tone.criticism']).toContain('người thân của cán bộ');
  });
});

const signatureOf = (a: ArticleInput) => {
  const t = tokenizeArticle(a);
  return dupSignature(t.fields[0]!.tokens, t.fields[1]!.tokens);
};

function cluster(articles: ArticleInput[]): Map<string, string> {
  const index = new NearDuplicateIndex();
  return new Map(articles.map((a) => [a.id, index.add(a, signatureOf(a)).clusterId]));
}

describe('near-duplicates (set AT’s kinds)', () => {
  const handover: ArticleInput = {
    id: 'handover',
    url: 'https://baotuyenquang.com.vn/ban-giao-nha-1.html',
    publishedAt: '2026-11-05T10:00:00+07:00',
    title: 'Bàn giao 24 ngôi nhà mới cho các hộ mất nhà do lũ ở Bắc Mê',
    body: [
      'Ngày 5/11, tại xã Bắc Mê, Ủy ban MTTQ tỉnh phối hợp với UBND xã bàn giao 24 ngôi nhà mới cho các hộ có nhà bị lũ cuốn trôi trong tháng 8.',
      'Mỗi ngôi nhà rộng từ 40 đến 55 m2, tổng kinh phí 2,1 tỷ đồng từ quỹ cứu trợ của tỉnh. Bộ đội và đoàn viên thanh niên giúp san nền, chở vật liệu.',
      'Đến nay, toàn tỉnh đã hoàn thành 96/140 ngôi nhà hỗ trợ làm mới cho các hộ bị thiên tai năm 2026; số còn lại phấn đấu xong trước ngày 15/12.',
    ].join('\n\n'),
  };
  const retold: ArticleInput = {
    id: 'retold',
    url: 'https://news.example/bac-me-24-gia-dinh-don-nha-moi-2.html',
    publishedAt: '2026-11-05T16:00:00+07:00',
    title: 'Bắc Mê: 24 gia đình mất nhà vì lũ đón nhà mới trước mùa rét',
    body: [
      'Sáng 5/11, 24 hộ dân ở xã Bắc Mê có nhà bị lũ cuốn trôi hồi tháng 8 đã nhận nhà mới từ Ủy ban MTTQ tỉnh và chính quyền xã.',
      'Các căn nhà rộng 40 – 55 m2, được xây bằng 2,1 tỷ đồng của quỹ cứu trợ tỉnh, với ngày công của bộ đội và thanh niên tình nguyện.',
      'Theo số liệu của tỉnh, 96 trong tổng số 140 căn nhà hỗ trợ xây mới cho hộ bị thiên tai năm 2026 đã hoàn thành; những căn còn lại dự kiến xong trước 15/12.',
    ].join('\n\n'),
  };

  it('a tally written with a slash counts as its two ends; a date and a decree’s year stay whole', () => {
    const numbers = (body: string) => {
      const [title, b] = tokenizeArticle({ id: 'n', title: 'Nhà', body }).fields;
      return [...dupSignature(title!.tokens, b!.tokens).numbers];
    };
    const tally = numbers('Hoàn thành 96/140 căn.');
    expect(tally).toEqual(expect.arrayContaining([hash32('96'), hash32('140')]));
    expect(tally).not.toContain(hash32('96/140'));
    expect(numbers('Ngày 10/10.')).toContain(hash32('10/10'));
    expect(numbers('Theo Nghị định 15/2020.')).toContain(hash32('15/2020'));
  });

  it('a rewrite that writes the tally “96 trong tổng số 140” joins the original by its figures', () => {
    expect(cluster([handover, retold]).get('retold')).toBe('handover');
  });

  it('the next handover from the same template, with other figures, stays apart', () => {
    const next: ArticleInput = {
      ...handover,
      id: 'next',
      url: 'https://baotuyenquang.com.vn/ban-giao-nha-2.html',
      publishedAt: '2026-11-20T10:00:00+07:00',
      title: 'Bàn giao 18 ngôi nhà mới cho các hộ mất nhà do lũ ở Lâm Bình',
      body: handover
        .body!.replace('Ngày 5/11', 'Ngày 20/11')
        .replace('xã Bắc Mê', 'xã Lâm Bình')
        .replace('bàn giao 24', 'bàn giao 18')
        .replace('40 đến 55', '45 đến 60')
        .replace('2,1 tỷ', '1,6 tỷ')
        .replace('96/140', '114/140'),
    };
    expect(cluster([handover, next]).get('next')).toBe('next');
  });
});
