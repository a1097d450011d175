import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import { linkOwnTasks } from './link-own-plan.js';
import { resolvePeriodDates } from './period-dates.js';
import { nextStatus, TRANSITIONS, type SubmissionAction } from './submission-states.js';
import { classifyTimeliness, computeRates } from './timeliness.js';
import type { SubmissionStatus } from '../../db/schema/reporting.js';

describe('timeliness classes against a fixed clock', () => {
  const dueOn = '2026-11-16';
  it('classes a report by its first submission (Vietnam time) and a missing one by today', () => {
    expect(classifyTimeliness({ dueOn, firstSubmittedAt: new Date('2026-11-16T16:59:00Z') }, '2026-11-26')).toBe(
      'on-time',
    ); // 23:59 in Hà Nội
    expect(classifyTimeliness({ dueOn, firstSubmittedAt: new Date('2026-11-16T17:00:00Z') }, '2026-11-26')).toBe(
      'late',
    ); // 00:00 on the 17th
    expect(classifyTimeliness({ dueOn, firstSubmittedAt: null }, '2026-11-16')).toBe('pending-within-term');
    expect(classifyTimeliness({ dueOn, firstSubmittedAt: null }, '2026-11-17')).toBe('overdue');
  });
  it('computes DHIS2 rates that never exceed 100 %', () => {
    const rates = computeRates(['on-time', 'late', 'overdue', 'pending-within-term']);
    expect(rates).toMatchObject({ expected: 4, submitted: 2, onTime: 1, reportingRate: 50, onTimeRate: 25 });
    expect(computeRates([]).reportingRate).toBeNull();
    expect(computeRates(['on-time', 'on-time']).reportingRate).toBe(100);
  });
});

describe('period dates', () => {
  it('reads "trước ngày 15/11/2026" (a Sunday) as the 14th, a Saturday, rolled to Monday 16/11', () => {
    const d = resolvePeriodDates(defaultWorkingCalendar, 'annual', 2026, '2026-11-15');
    expect(d).toMatchObject({
      dueOn: '2026-11-16',
      windowFrom: '2025-12-15',
      windowTo: '2026-11-13',
      fellOnNonWorkingDay: true,
    });
    expect(d.locksOn).toBe('2026-11-23');
  });
  it('keeps the non-working day when rolling is switched off', () => {
    expect(
      resolvePeriodDates(defaultWorkingCalendar, 'annual', 2026, '2026-11-15', {
        exclusive: true,
        rollForward: false,
        graceDays: 0,
      }).dueOn,
    ).toBe('2026-11-14');
  });
});

describe('the submission state machine', () => {
  const statuses: SubmissionStatus[] = ['draft', 'approved', 'submitted', 'returned', 'accepted'];
  const actions: SubmissionAction[] = ['edit', 'approve', 'submit', 'return', 'accept'];
  const legal = new Set([
    'edit:draft',
    'edit:approved',
    'edit:returned',
    'approve:draft',
    'submit:approved',
    'submit:returned',
    'return:submitted',
    'accept:submitted',
  ]);
  const repeats = new Set(['approve:approved', 'submit:submitted', 'return:returned', 'accept:accepted']);
  for (const action of actions) {
    for (const status of statuses) {
      const key = `${action}:${status}`;
      it(`${key} is ${legal.has(key) ? 'allowed' : repeats.has(key) ? 'an idempotent repeat' : 'rejected'}`, () => {
        if (legal.has(key)) expect(nextStatus(status, action)).toBe(TRANSITIONS[action][status]);
        else if (repeats.has(key)) expect(nextStatus(status, action)).toBe('unchanged');
        else expect(() => nextStatus(status, action)).toThrow(AppError);
      });
    }
  }
});

describe('linking an agency plan to the province tasks', () => {
  it('links by title likeness and leaves unrelated tasks unlinked', () => {
    const province = [
      { id: 1, code: '2.3.2', title: 'Quản lý và hướng dẫn phóng viên, báo chí nước ngoài đến hoạt động tại tỉnh' },
      {
        id: 2,
        code: '7.4',
        title:
          'Tổ chức thông tin đối ngoại thông qua hoạt động kinh tế đối ngoại, xúc tiến đầu tư, xúc tiến thương mại',
      },
    ];
    const links = linkOwnTasks(
      [
        { code: '1', title: 'Quản lý, hướng dẫn phóng viên nước ngoài đến tác nghiệp tại tỉnh' },
        { code: '2', title: 'Thông tin đối ngoại qua hoạt động xúc tiến đầu tư và thương mại' },
        { code: '3', title: 'Sửa chữa trụ sở làm việc' },
      ],
      province,
    );
    expect(links.map((l) => l.taskCode)).toEqual(['2.3.2', '7.4', null]);
  });
});

describe('extensions', () => {
  it('an extension granted to the agency moves its due date', () => {
    expect(
      classifyTimeliness({ dueOn: '2026-11-16', extendedTo: '2026-11-30', firstSubmittedAt: null }, '2026-11-26'),
    ).toBe('pending-within-term');
    expect(
      classifyTimeliness(
        { dueOn: '2026-11-16', extendedTo: '2026-11-30', firstSubmittedAt: new Date('2026-11-27T03:00:00Z') },
        '2026-11-28',
      ),
    ).toBe('on-time');
    expect(
      classifyTimeliness({ dueOn: '2026-11-16', extendedTo: '2026-11-30', firstSubmittedAt: null }, '2026-12-01'),
    ).toBe('overdue');
    expect(
      classifyTimeliness({ dueOn: '2026-11-16', extendedTo: '2026-11-10', firstSubmittedAt: null }, '2026-11-12'),
    ).toBe('pending-within-term');
  });
});
