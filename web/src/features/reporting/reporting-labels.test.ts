import { describe, expect, it } from 'vitest';
import { translate } from '@common/i18n/translate';
import { checkEvidence, formatBytes, isEvidenceLink } from './evidence-upload';
import {
  breakdownLabel,
  daysFromDue,
  formatRate,
  lineStatusLabel,
  submissionStatusLabel,
  timelinessLabel,
} from './reporting-labels';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, unknown>) => translate('vi', key, params);

describe('reporting labels', () => {
  it('names every report state the way agencies say it', () => {
    expect(submissionStatusLabel(t, null)).toBe('Chưa gửi');
    expect(submissionStatusLabel(t, 'draft')).toBe('Dự thảo');
    expect(submissionStatusLabel(t, 'approved')).toBe('Đã duyệt');
    expect(submissionStatusLabel(t, 'submitted')).toBe('Đã gửi');
    expect(submissionStatusLabel(t, 'returned')).toBe('Bị trả lại');
    expect(submissionStatusLabel(t, 'accepted')).toBe('Đã chấp nhận');
  });

  it('names the four timeliness classes', () => {
    expect(timelinessLabel(t, 'on-time')).toBe('Đúng hạn');
    expect(timelinessLabel(t, 'late')).toBe('Trễ hạn');
    expect(timelinessLabel(t, 'pending-within-term')).toBe('Chưa đến hạn');
    expect(timelinessLabel(t, 'overdue')).toBe('Quá hạn');
    expect(lineStatusLabel(t, 'continuing')).toBe('Thường xuyên, tiếp tục');
  });

  it('English has the same words translated', () => {
    expect(translate('en', 'reporting.status.none')).toBe('Not sent');
  });

  it('formats rates and days from the due date (Vietnam time)', () => {
    expect(formatRate(92.5)).toBe('92,5 %');
    expect(formatRate(null)).toBe('—');
    expect(breakdownLabel(t, 'tay')).toBe('Tiếng Tày');
    expect(breakdownLabel(t, 'xx')).toBe('xx');
    expect(daysFromDue('2026-11-20', '2026-11-19T20:00:00Z', '2026-11-26')).toBe(0);
    expect(daysFromDue('2026-11-20', null, '2026-11-26')).toBe(6);
    expect(daysFromDue('2026-11-20', '2026-11-12T02:00:00Z', '2026-11-26')).toBe(-8);
  });

  it('checks evidence files and links before sending', () => {
    expect(checkEvidence({ name: 'anh.PNG', size: 10 })).toBeNull();
    expect(checkEvidence({ name: 'x.exe', size: 10 })?.problem).toBe('badType');
    expect(checkEvidence({ name: 'big.pdf', size: 11 * 1024 * 1024 })?.problem).toBe('tooLarge');
    expect(checkEvidence({ name: 'empty.pdf', size: 0 })?.problem).toBe('empty');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(isEvidenceLink('https://baotuyenquang.com.vn/bai-1')).toBe(true);
    expect(isEvidenceLink('baotuyenquang.com.vn')).toBe(false);
  });
});
