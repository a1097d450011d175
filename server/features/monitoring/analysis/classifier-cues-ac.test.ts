import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AC (culture, festivals, arts, sports and heritage events with their
// controversies) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AC’s kinds)', () => {
  it('a round of match results reads as routine, and a team "tạm dẫn đầu" the table is no praise', () => {
    const h = hits(
      'Kết quả vòng 3 giải bóng chuyền hơi người cao tuổi tỉnh Tuyên Quang',
      'Ở lượt trận đầu, đội xã Hùng An thắng đội xã Kiến Thiết với tỷ số 2-0; trận đấu còn lại hai đội hòa nhau, chia điểm. Sau vòng đấu này đội xã Hùng An tạm dẫn đầu. Vòng tiếp theo diễn ra vào Chủ nhật.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining([
        'lượt trận',
        'tỷ số',
        'trận đấu',
        'hòa nhau',
        'chia điểm',
        'vòng đấu',
        'tạm dẫn đầu',
        'vòng tiếp theo',
      ]),
    );
    expect(h['tone.praise'] ?? []).not.toContain('dẫn đầu');
    // A province that leads the country is still praise.
    const leads = hits('Tuyên Quang dẫn đầu cả nước', 'Tỉnh Tuyên Quang dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến.');
    expect(leads['tone.praise']).toContain('dẫn đầu');
  });

  it('a rite swamped by stalls, loudspeakers and paid games, or staged as a show with hired actors, reads critical', () => {
    const h = hits(
      'Đừng để phần hội lấn át phần lễ',
      'Tại lễ hội đầu xuân của một xã tỉnh Tuyên Quang, nghi lễ cầu mùa gần như bị lấn át bởi hàng quán; loa mở hết cỡ, trò chơi có thưởng bày sát sân đình. Người dân không khỏi băn khoăn khi có nơi còn thuê người đóng vai thầy mo, nghi lễ bị dàn dựng thành màn trình diễn cho khách.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'lấn át phần lễ',
        'bị lấn át',
        'mở hết cỡ',
        'trò chơi có thưởng',
        'thuê người đóng vai',
        'dàn dựng thành',
      ]),
    );
    expect(h['tone.criticism-soft']).toContain('không khỏi băn khoăn');
    // A show staged successfully, and a market that keeps trade from taking over, are no complaint.
    const fine = hits(
      'Chợ phiên giữ nét xưa',
      'Đoàn nghệ thuật tỉnh Tuyên Quang dàn dựng thành công vở diễn mới; ban quản lý chợ phiên không để hàng quán lấn át phần lễ.',
    );
    expect(fine['tone.criticism'] ?? []).not.toContain('dàn dựng thành');
    expect(fine['tone.criticism'] ?? []).not.toContain('lấn át phần lễ');
  });

  it('scribbling and carving on a relic reads critical', () => {
    const h = hits(
      'Du khách viết bậy lên cổng đền',
      'Nhiều dòng chữ bị viết bậy, vẽ bậy và khắc bậy lên cột gỗ của một ngôi đền cổ ở tỉnh Tuyên Quang. Hành vi xâm hại di tích này để lại vết khó khắc phục.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['viết bậy', 'vẽ bậy', 'khắc bậy', 'xâm hại di tích']));
    expect(h['tone.criticism-soft']).toContain('khó khắc phục');
    // A relic repaired is no complaint.
    const repaired = hits('Tu bổ cổng đền', 'Cổng đền ở tỉnh Tuyên Quang đã được tu bổ, khắc phục xong chỗ mối mọt.');
    expect(repaired['tone.criticism'] ?? []).toEqual([]);
  });

  it('an oversight body’s polite findings (còn nhiều hạn chế, chưa thực sự, chưa được bố trí) read critical', () => {
    const h = hits(
      'Thư viện tỉnh sau sắp xếp: còn nhiều khó khăn',
      'Qua giám sát, hoạt động của thư viện tỉnh Tuyên Quang còn nhiều hạn chế: kinh phí mua sách còn hạn hẹp, nhân viên chưa được bố trí chỗ làm việc, việc luân chuyển sách về xã chưa thực sự hiệu quả, một số khoản thu chưa công khai.',
    );
    expect(h['tone.criticism']).toContain('còn nhiều hạn chế');
    expect(h['tone.criticism-soft']).toEqual(
      expect.arrayContaining([
        'còn nhiều khó khăn',
        'còn hạn hẹp',
        'chưa được bố trí',
        'chưa thực sự',
        'chưa công khai',
      ]),
    );
    // Limiting visitors and staff who have been given a place are no findings.
    const plain = hits(
      'Thư viện mở cửa lại',
      'Thư viện tỉnh Tuyên Quang tổ chức ngày hội đọc sách, hạn chế số người đọc mỗi buổi; nhân viên đã được bố trí chỗ làm việc mới.',
    );
    expect(plain['tone.routine']).toContain('tổ chức');
    expect(plain['tone.criticism'] ?? []).not.toContain('còn nhiều hạn chế');
    expect(plain['tone.criticism-soft'] ?? []).not.toContain('chưa được bố trí');
  });

  it('English features on paid photo spots, begging children and a boom’s costs read critical, not praise', () => {
    const h = hits(
      'A festival town counts the cost',
      'The flower season in Tuyen Quang has become a victim of its own success: visitors are charged fees at every field, children go asking for money, and residents complain of noise and litter. The boom has come at a cost, critics of the commodification of local rites say.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'victim of its own success',
        'charged fees',
        'asking for money',
        'noise and litter',
        'come at a cost',
        'commodification',
      ]),
    );
    // Plain success and a free entry are no complaint.
    const good = hits('A good season', 'The festival in Tuyen Quang was a success, and entry was free of charge.');
    expect(good['tone.criticism']).toBeUndefined();
  });

  it('English hostile claims of cultural erasure, no free press and rights violated read hostile', () => {
    const h = hits(
      'A people on display',
      'Activists claim the authorities in Tuyen Quang carry out a cultural erasure of minorities: villagers who refuse to perform are denied aid, there is no free press, and their rights are systematically violated.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['cultural erasure', 'are denied aid', 'no free press', 'systematically violated']),
    );
    // Old names erased from road signs after the merger are no erasure claim.
    const signs = hits(
      'New signs',
      'The erasure of old district names from road signs in Tuyen Quang province began after the merger, officials say.',
    );
    expect(signs['tone.routine']).toContain('officials say');
    expect(signs['tone.hostile']).toBeUndefined();
  });

  it('an English police bust told as fact carries crime cues', () => {
    const h = hits(
      'Police bust ticket scam in Tuyen Quang',
      'The suspects sold fake festival tickets online; the case is under further investigation.',
    );
    expect(h['tone.crime']).toEqual(
      expect.arrayContaining(['police bust', 'the suspects', 'under further investigation']),
    );
  });
});
