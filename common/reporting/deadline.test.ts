import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { deadlineFacts, deadlineShort, deadlineWhy } from './deadline.js';

const vi = (key: Parameters<typeof translate>[1], params?: Record<string, unknown>) => translate('vi', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, unknown>) => translate('en', key, params);

describe('one deadline rule, explained', () => {
  it('"trước ngày 15/11/2026": 14/11 is a Saturday, so the due date is Monday 16/11', () => {
    const facts = deadlineFacts({ statedDue: '2026-11-15', dueOn: '2026-11-16' });
    expect(facts).toMatchObject({
      exclusive: true,
      lastAllowed: '2026-11-14',
      move: 'saturday',
      dueInForce: '2026-11-16',
    });
    expect(deadlineShort(vi, facts)).toBe('Hạn nộp: 16/11/2026');
    expect(deadlineWhy(vi, facts)).toBe(
      'Kế hoạch ghi “trước ngày 15/11/2026”, nên ngày cuối được nộp là 14/11/2026. Ngày đó là thứ Bảy, nên hạn lùi sang ngày làm việc kế tiếp: 16/11/2026. Số ngày trễ được đếm theo ngày làm việc, tính từ hạn đang áp dụng.',
    );
    expect(deadlineWhy(en, facts)).toContain('That is a Saturday');
  });

  it('"trước ngày 15/5/2026": the last day 14/05 is a working Thursday, nothing moves', () => {
    const facts = deadlineFacts({ statedDue: '2026-05-15', dueOn: '2026-05-14' });
    expect(facts.move).toBeNull();
    expect(deadlineWhy(vi, facts)).not.toContain('lùi sang');
  });

  it('a Sunday and a holiday are named as such; an inclusive plan date is read as written', () => {
    expect(deadlineFacts({ statedDue: '2026-11-16', dueOn: '2026-11-16' }).exclusive).toBe(false);
    expect(deadlineFacts({ statedDue: '2026-11-16', dueOn: '2026-11-17' }).move).toBe('sunday');
    // "trước ngày 03/9/2026": 02/9 (National Day) is a holiday.
    expect(deadlineFacts({ statedDue: '2026-09-03', dueOn: '2026-09-03' }).exclusive).toBe(false);
    expect(deadlineFacts({ statedDue: '2026-09-03', dueOn: '2026-09-04' }).move).toBe('dayoff');
  });

  it('an extension is the due date in force, and says so', () => {
    const facts = deadlineFacts({ statedDue: '2026-11-15', dueOn: '2026-11-16' }, '2026-11-30');
    expect(facts.dueInForce).toBe('2026-11-30');
    expect(deadlineShort(vi, facts)).toBe('Hạn nộp: 30/11/2026 (đã gia hạn; hạn chung 16/11/2026)');
    expect(deadlineWhy(vi, facts)).toContain('gia hạn cho cơ quan này đến hết ngày 30/11/2026');
    // An "extension" before the due date changes nothing.
    expect(deadlineFacts({ statedDue: '2026-11-15', dueOn: '2026-11-16' }, '2026-11-10').dueInForce).toBe('2026-11-16');
  });
});
