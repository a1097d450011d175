import { describe, expect, it } from 'vitest';
import { compareSignatures } from './dup-compare.js';
import { acrossLanguages, LANGUAGE } from './dup-languages.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { decodeSignature, encodeSignature, PackedLayout, packSignature } from './signature-codec.js';
import { clusterOf as cluster, signatureOf } from './near-duplicates.test-support.js';
import type { ArticleInput } from './types.js';

// An English version of a Vietnamese story (names without diacritics, figures written the English
// way) against English pieces that name the same places: another event in the same commune, the
// next issue of a daily bulletin, a travel roundup. All articles are invented.

const hailVi: ArticleInput = {
  id: 'hail-vi',
  url: 'https://baotuyenquang.example.vn/mua-da-yen-minh.html',
  publishedAt: '2026-03-04T07:30:00+07:00',
  title: 'Mưa đá làm hư hỏng 320 ngôi nhà ở xã Yên Minh',
  body: [
    'Chiều 3/3, mưa đá kèm dông lốc kéo dài khoảng 20 phút đã làm hư hỏng 320 ngôi nhà tại các thôn Nà Khoang, Bản Lầu thuộc xã Yên Minh (tỉnh Tuyên Quang). Viên đá lớn nhất có đường kính khoảng 3,5 cm.',
    'Theo Ban Chỉ huy phòng thủ dân sự xã, ngoài nhà ở, mưa đá còn làm dập nát 45,6 ha ngô và lúa mới gieo trồng.',
    'Ông Vàng Seo Chải, Chủ tịch UBND xã Yên Minh, cho biết xã đã huy động 150 dân quân và đoàn viên giúp người dân lợp lại mái. Thiệt hại ban đầu ước tính hơn 1.250 triệu đồng.',
    'Cơ quan khí tượng cảnh báo dông, lốc và mưa đá có thể tiếp diễn ở vùng cao đến hết ngày 6/3.',
  ].join('\n\n'),
};

const hailEn: ArticleInput = {
  id: 'hail-en',
  url: 'https://english.example.vn/news/hailstorm-damages-320-homes-in-yen-minh.html',
  publishedAt: '2026-03-04T15:00:00+07:00',
  title: "Hailstorm damages 320 homes in northern Vietnam's Yen Minh commune",
  body: [
    'A hailstorm lasting about 20 minutes damaged 320 houses in the villages of Na Khoang and Ban Lau in Yen Minh commune, Tuyen Quang province, on Tuesday afternoon. The largest hailstones were around 3.5 cm across.',
    "Hail also flattened 45.6 hectares of newly planted corn and rice, according to the commune's civil defence command.",
    'Vang Seo Chai, chairman of the commune, said 150 militia members and youth volunteers had been sent to help families repair their roofs. The weather agency warned that storms and hail could continue in the highlands until March 6.',
  ].join('\n\n'),
};

describe('near-duplicates across languages', () => {
  it('tells English from Vietnamese, and leaves unaccented Vietnamese posts unknown', () => {
    expect(signatureOf(hailVi).across?.language).toBe(LANGUAGE.vi);
    expect(signatureOf(hailEn).across?.language).toBe(LANGUAGE.en);
    const unaccented = {
      id: 'u',
      title: 'Mua da o Yen Minh',
      body: 'Chieu nay mua da to lam hong mai nha cua nhieu ho dan o thon Na Khoang, xa Yen Minh, moi nguoi can than nhe.',
    };
    expect(signatureOf(unaccented).across).toBeUndefined();
  });

  it('an English translation joins its Vietnamese original, in either order of arrival', () => {
    const groups = cluster([hailVi, hailEn]);
    expect(groups.get('hail-en')).toBe('hail-vi');
    // The original, published first, names the group when it arrives second.
    const index = new NearDuplicateIndex();
    index.add(hailEn, signatureOf(hailEn));
    const added = index.add(hailVi, signatureOf(hailVi));
    expect(added.matchedId).toBe('hail-en');
    expect(index.clusterIdOf('hail-en')).toBe('hail-vi');
  });

  it('not when they were published days apart', () => {
    const late = { ...hailEn, id: 'late', publishedAt: '2026-03-09T15:00:00+07:00' };
    expect(cluster([hailVi, late]).get('late')).toBe('late');
  });

  it('an English piece on another event in the same commune stays apart', () => {
    const festival: ArticleInput = {
      id: 'festival-en',
      url: 'https://english.example.vn/travel/yen-minh-buckwheat-festival.html',
      publishedAt: '2026-03-04T10:00:00+07:00',
      title: 'Yen Minh commune opens its first buckwheat flower festival',
      body: [
        'The festival in Na Khoang and Ban Lau villages of Yen Minh commune, Tuyen Quang province, opened on Tuesday and runs until March 6.',
        'Vang Seo Chai, chairman of the commune, said 150 stalls sell local food and brocade, and organisers expect 2,000 visitors to see 45 hectares of buckwheat in bloom.',
      ].join('\n\n'),
    };
    expect(cluster([hailVi, festival]).get('festival-en')).toBe('festival-en');
  });

  it('a daily bulletin in English joins that day’s Vietnamese bulletin, not the previous day’s', () => {
    const bulletin = (day: number, temps: number[], humidity: number): ArticleInput => ({
      id: `bulletin-vi-${day}`,
      url: `https://kttv.example.vn/du-bao-${day}-3.html`,
      publishedAt: `2026-03-0${day}T06:00:00+07:00`,
      title: `Dự báo thời tiết vùng cao ngày ${day}/3`,
      body: `Ngày ${day}/3, nhiệt độ thấp nhất tại Mèo Vạc ${temps[0]} độ C, Đồng Văn ${temps[1]} độ C, Yên Minh ${temps[2]} độ C, Hoàng Su Phì ${temps[3]} độ C, Nà Hang ${temps[4]} độ C. Độ ẩm trung bình ${humidity}%. Trời nhiều mây, có mưa phùn và sương mù vào sáng sớm, người dân cần giữ ấm cho gia súc.`,
    });
    const english: ArticleInput = {
      id: 'bulletin-en-4',
      url: 'https://english.example.vn/weather/highlands-march-4.html',
      publishedAt: '2026-03-04T09:00:00+07:00',
      title: 'Highland weather for March 4',
      body: 'On March 4, the lowest temperatures were expected at 13 degrees Celsius in Meo Vac, 11 in Dong Van, 14 in Yen Minh, 16 in Hoang Su Phi and 19 in Na Hang. Average humidity is 85%. It will be cloudy with drizzle and fog in the early morning, and farmers have been told to keep their cattle warm.',
    };
    const yesterday = bulletin(3, [12, 11, 14, 15, 18], 85);
    expect(cluster([yesterday, english]).get('bulletin-en-4')).toBe('bulletin-en-4');
    const today = bulletin(4, [13, 11, 14, 16, 19], 85);
    const groups = cluster([yesterday, today, english]);
    expect(groups.get('bulletin-vi-4')).toBe('bulletin-vi-4');
    expect(groups.get('bulletin-en-4')).toBe('bulletin-vi-4');
  });

  it('an English travel roundup naming the same places stays apart', () => {
    const roundup: ArticleInput = {
      id: 'roundup-en',
      url: 'https://english.example.vn/travel/spring-stops-in-tuyen-quang.html',
      publishedAt: '2026-03-04T12:00:00+07:00',
      title: 'Five highland stops for spring in Tuyen Quang',
      body: [
        'From Yen Minh to Dong Van, the northern highlands of Tuyen Quang province are at their best in spring.',
        'Stop at the pine forest of Yen Minh, walk the terraced fields of Na Khoang and Ban Lau, and stay a night in Meo Vac before the 20 km ride over the Ma Pi Leng pass.',
        'In 2025 the province welcomed 3 million visitors, and homestays in Lung Cu are often full at weekends.',
      ].join('\n\n'),
    };
    expect(cluster([hailVi, roundup]).get('roundup-en')).toBe('roundup-en');
  });

  it('an English version dating the event by its weekday and naming a lettered road joins its original', () => {
    // Published on a Friday: "on Thursday" is 8/10, the original's date; "4C" is the road both name.
    const coachVi: ArticleInput = {
      id: 'coach-vi',
      url: 'https://baotuyenquang.example.vn/xe-khach-truot-deo-bac-sum.html',
      publishedAt: '2026-10-09T08:00:00+07:00',
      title: 'Xe khách trượt bánh trên đèo Bắc Sum, 3 người bị thương',
      body: [
        'Khoảng 16 giờ ngày 8/10, trên Quốc lộ 4C đoạn qua đèo Bắc Sum (xã Yên Minh, tỉnh Tuyên Quang), một xe khách chở 12 người bị trượt bánh khi xuống dốc và va vào vách núi.',
        'Ba hành khách bị thương được đưa đến Bệnh viện Đa khoa tỉnh ở phường Hà Giang 1. Công an xã Yên Minh đang làm rõ nguyên nhân.',
      ].join('\n\n'),
    };
    const coachEn: ArticleInput = {
      id: 'coach-en',
      url: 'https://english.example.vn/news/coach-skids-on-bac-sum-pass.html',
      publishedAt: '2026-10-09T17:00:00+07:00',
      title: 'Coach skids on Bac Sum Pass, three injured',
      body: [
        'A coach carrying 12 people skidded on Thursday afternoon while going downhill on National Highway 4C across Bac Sum Pass in Yen Minh Commune, Tuyen Quang Province, and hit the mountainside.',
        'Three passengers were taken to the provincial general hospital in Ha Giang 1 Ward, and Yen Minh police are looking into the cause.',
      ].join('\n\n'),
    };
    expect(cluster([coachVi, coachEn]).get('coach-en')).toBe('coach-vi');
    // The same names and small counts on another day ("on Monday") are another event.
    const monday = { ...coachEn, id: 'monday', body: coachEn.body!.replace('Thursday', 'Monday') };
    expect(cluster([coachVi, monday]).get('monday')).toBe('monday');
  });

  it('pairs only texts of two languages', () => {
    const part = (a: ArticleInput) => {
      const words = packSignature(signatureOf(a));
      return { words, at: new PackedLayout().locate(words).across() };
    };
    const en = part(hailEn);
    const vi = part(hailVi);
    expect(acrossLanguages(en.words, en.at, vi.words, vi.at)).toBe(1);
    expect(acrossLanguages(en.words, en.at, en.words, en.at)).toBe(-1);
    expect(acrossLanguages(vi.words, vi.at, vi.words, vi.at)).toBe(-1);
  });
});

// The Vietnamese original as encoded before the cross-language part existed (456 bytes).
const OLD_ROW =
  'AQAAAEgAAAB+AAAAgQAAAAP1iAFwR7QFPkM9HwO6iwsLKhkPHLeUEiSlRJcNYP8YP81LuexdVyI1OzUqYYM0J9r/3mpa6zYvXvYzMvq9Ljdi+dcjK0Q4PmmcHEIUFctE5bx4R5o7B039P/o0aoviUVuq4ViHAT9ZlYy/X6T8SmFavgdkjjmYZ0EwwWqH85RvY985dINE1nUEbPR6WsoKf3cGaYASpDaFHpWOhzo5f4t4OxWPEmITk1ql9pWskvmYRaWSnY4wWKAu7GekBlIEqQ52r6ogePSw93zwsZkWLbZwHzy6mC/OvAMdJcGBdT/GuEO3dKAUucua75XPMBLLjohFa9ejuO3YAzWj3Hq9Qj8hH5HjbbArX/uGu+twQN1MmEj98b+4hvfmh+T4JVGc/AYAAABVyyEUZ/wsOYBH80G2h3+s9SETuNA5zeMIAAAAtG9IG5Gc9CMgYUs5f5nyjSztQ8TNQUbSYWUs9bMkbfUJAAAALY82FWr4+z5ShW+cmJx4yGtwANGnaHrZCVQ26ZWrOfLOdcX5AQAAACBhSzkGAAAAIQAAAAoAAAAcAAAAGgAAABYAAAAKAAAAAQAAAAEAAACYnHjI';

describe('near-duplicates across languages: signatures stored before the cross-language part', () => {
  it('decode, re-encode to the same bytes and compare as before', () => {
    const bytes = Buffer.from(OLD_ROW, 'base64');
    const old = decodeSignature(new Uint8Array(bytes));
    expect(old.across).toBeUndefined();
    expect(Buffer.from(encodeSignature(old)).toString('base64')).toBe(OLD_ROW);
    const fresh = signatureOf(hailVi);
    expect(encodeSignature({ ...fresh, across: undefined })).toEqual(new Uint8Array(bytes));
    const copy = {
      ...hailVi,
      id: 'copy',
      title: 'Yên Minh: mưa đá làm hỏng 320 nhà',
      body: hailVi.body!.split('\n\n').slice(0, 3).join('\n\n'),
    };
    const before = compareSignatures(old, signatureOf(copy));
    expect(before).toEqual(compareSignatures(fresh, signatureOf(copy)));
    expect(before.duplicate).toBe(true);
  });

  it('never pair across languages', () => {
    const index = new NearDuplicateIndex();
    index.add(hailVi, decodeSignature(new Uint8Array(Buffer.from(OLD_ROW, 'base64'))));
    expect(index.add(hailEn, signatureOf(hailEn)).clusterId).toBe('hail-en');
  });

  it('a new signature with its part survives the codec', () => {
    const fresh = signatureOf(hailEn);
    const back = decodeSignature(encodeSignature(fresh));
    expect(back.across).toEqual(fresh.across);
    expect(encodeSignature(back)).toEqual(encodeSignature(fresh));
  });
});
