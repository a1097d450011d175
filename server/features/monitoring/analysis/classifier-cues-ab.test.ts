import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AB (opinion, commentary and feature writing: editorials, op-eds, interviews,
// satire, press roundups, English explainers) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AB’s kinds)', () => {
  it('a press roundup (điểm báo, điểm tin) reads as routine, whatever the papers it sums up reported', () => {
    const h = hits(
      'Điểm tin chiều 14/9: Tuyên Quang khai giảng năm học mới',
      'Trang tin của tỉnh Tuyên Quang điểm một số tin, bài đáng chú ý về tỉnh trên các cơ quan báo chí trong ngày. Báo Giáo dục đưa tin về lễ khai giảng; các báo chí Trung ương cũng nhắc tới việc sửa trường sau mưa lũ.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['điểm tin', 'điểm một số tin', 'tin bài đáng chú ý', 'cơ quan báo chí', 'đưa tin']),
    );
    const monthly = hits(
      'Điểm báo tháng 10: Tuyên Quang trên báo chí',
      'Báo chí tháng 10 viết nhiều về tỉnh Tuyên Quang.',
    );
    expect(monthly['tone.routine']).toContain('điểm báo');
    // A place to visit ("điểm du lịch") or a trusted place ("địa điểm tin cậy") is no roundup.
    const place = hits(
      'Điểm du lịch mới ở Tuyên Quang',
      'Xã ven hồ của tỉnh Tuyên Quang có thêm một điểm du lịch cộng đồng, được du khách xem là địa điểm tin cậy để nghỉ đêm.',
    );
    expect(place['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['điểm tin']));
    expect(place['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['điểm báo']));
  });

  it('the markers of sarcasm and of a commentator’s complaint read as criticism', () => {
    const h = hits(
      'Chợ phiên và những quán nhậu mọc lên như nấm',
      'Nghịch lý là chợ phiên ở một xã của tỉnh Tuyên Quang càng đông khách, người bán hàng bản địa càng vắng. Trớ trêu hơn, quán nhậu mọc lên như nấm sát cổng chợ, đống rác sau mỗi phiên cao dần, còn phương án sắp xếp lại thì chưa thấy đâu. Chuyện nghe cười ra nước mắt.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'nghịch lý',
        'trớ trêu',
        'mọc lên như nấm',
        'đống rác',
        'chưa thấy đâu',
        'cười ra nước mắt',
      ]),
    );
    // Litter that is gone, or a plan one has not seen "yet" without the sneer, is no complaint.
    const clean = hits(
      'Chợ phiên sạch sẽ',
      'Sau phiên chợ ở tỉnh Tuyên Quang không còn đống rác nào; ban quản lý cho biết chưa thấy có gì bất thường.',
    );
    expect(clean['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['đống rác']));
    expect(clean['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['chưa thấy đâu']));
  });

  it('building that juts over the abyss of a pass and a heritage that is staged read as criticism', () => {
    const h = hits(
      'Nhà nghỉ chìa ra vực, lễ hội bị sân khấu hóa',
      'Trên con đèo của tỉnh Tuyên Quang, thêm hai nhà nghỉ đổ sàn bê tông chìa ra vực, bãi đỗ xe lấn vực. Ở dưới xã, nghi lễ cúng rừng bị sân khấu hóa, bị dàn dựng cho đoàn khách xem.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['chìa ra vực', 'lấn vực', 'bị sân khấu hóa', 'bị dàn dựng']),
    );
    // A show staged by a troupe is a plain event.
    const show = hits(
      'Đêm nghệ thuật chào mừng lễ hội',
      'Đoàn nghệ thuật của tỉnh Tuyên Quang dàn dựng chương trình ca múa nhạc chào mừng lễ hội.',
    );
    expect(show['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['bị dàn dựng']));
  });

  it('an editorial’s “reminder”, a season that lasts and an English “best known” are no tone', () => {
    const h = hits(
      'Mùa khô trên lòng hồ',
      'Ngày truyền thống của tỉnh Tuyên Quang là lời nhắc nhở mỗi người về trách nhiệm với quê hương. Ở lòng hồ, mùa khô thường kéo dài tới tháng Ba.',
    );
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['nhắc nhở']));
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['kéo dài']));
    // A contractor reminded to keep to schedule and a project that drags on stay criticism.
    const late = hits(
      'Nhà thầu bị nhắc nhở',
      'Nhà thầu công trình ở tỉnh Tuyên Quang bị nhắc nhở vì thi công kéo dài, chậm tiến độ.',
    );
    expect(late['tone.criticism']).toEqual(expect.arrayContaining(['nhắc nhở', 'kéo dài']));
    const known = hits(
      'Tuyen Quang after the merger',
      'Tuyen Quang, best known as the wartime base of the revolution, now includes the Dong Van plateau.',
    );
    expect(known['tone.praise'] ?? []).not.toContain('best');
    const best = hits('The best loop in Vietnam', 'Riders call Tuyen Quang the best ride in the north.');
    expect(best['tone.praise']).toContain('best');
  });

  it('English reports of landslides and flash floods cutting off roads read as a disaster, not praise', () => {
    const h = hits(
      'Roads blocked in Tuyen Quang',
      'Heavy rain overnight set off landslides in two communes of Tuyen Quang, cutting off a provincial road; flash floods swept a footbridge away.',
    );
    expect(h['tone.disaster']).toEqual(
      expect.arrayContaining(['heavy rain', 'landslides', 'cutting off', 'flash floods']),
    );
    // A sunny travel note hits no disaster cue.
    const sunny = hits('A clear week on the loop', 'Riders in Tuyen Quang enjoyed dry roads and clear skies all week.');
    expect(sunny['tone.disaster']).toBeUndefined();
  });
});
