import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { translate, type Translate } from '@common/i18n/translate';
import { errorText, isForbidden } from './error-text';

const vi: Translate = (key, params) => translate('vi', key, params);
const en: Translate = (key, params) => translate('en', key, params);
const apiError = (status: number, code: string, params: Record<string, unknown> = {}) =>
  new ApiError(status, code, params);

describe('errorText', () => {
  it('gives one generic Vietnamese sentence for wrong credentials', () => {
    expect(errorText(vi, apiError(401, 'INVALID_CREDENTIALS'))).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });
  it('explains lockout, rate limit and conflicts in Vietnamese', () => {
    expect(errorText(vi, apiError(423, 'ACCOUNT_LOCKED', { minutes: 15 }))).toContain('15 phút');
    expect(errorText(vi, apiError(429, 'RATE_LIMITED', { seconds: 40 }))).toContain('chờ 40 giây');
    expect(errorText(vi, apiError(409, 'DUPLICATE_NAME', { name: 'Sở Y tế' }))).toBe(
      'Tên “Sở Y tế” đã có trong hệ thống.',
    );
    expect(errorText(vi, apiError(409, 'SUCCESSION_CYCLE'))).toContain('vòng kế thừa');
    expect(errorText(vi, apiError(409, 'VERSION_CONFLICT'))).toContain('tải lại');
    expect(errorText(vi, apiError(403, 'FORBIDDEN'))).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
  it('switches to English', () => {
    expect(errorText(en, apiError(401, 'INVALID_CREDENTIALS'))).toBe('Wrong username or password.');
  });
  it('writes parameters into the message: dates as dd/mm/yyyy, selects and plurals', () => {
    expect(errorText(vi, apiError(409, 'PERIOD_LOCKED', { locksOn: '2025-05-21' }))).toContain('sau ngày 21/05/2025');
    expect(errorText(en, apiError(409, 'ILLEGAL_TRANSITION', { action: 'approve', status: 'submitted' }))).toBe(
      'Cannot approve a report whose status is “Sent”.',
    );
    expect(errorText(en, apiError(422, 'INDICATOR_INVALID', { count: 1, names: '“Tin, bài”' }))).toBe(
      '1 indicator is not valid: “Tin, bài”.',
    );
    expect(errorText(en, apiError(422, 'INDICATOR_INVALID', { count: 2, names: 'A, B' }))).toContain(
      '2 indicators are',
    );
  });
  it('keeps a file name containing " / " whole', () => {
    const name = 'Báo cáo 6 tháng / bản sửa.pdf';
    expect(errorText(vi, apiError(422, 'FILE_EMPTY', { filename: name }))).toBe(`Tệp “${name}” rỗng.`);
  });
  it('falls back for unknown codes and non-API failures', () => {
    expect(errorText(vi, apiError(502, 'HTTP_502'))).toBe('Lỗi hệ thống. Vui lòng thử lại sau.');
    expect(errorText(vi, apiError(418, 'TEAPOT'))).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
    expect(errorText(vi, new TypeError('x'))).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
    expect(errorText(vi, new ApiError(0, 'NETWORK'))).toContain('Không kết nối được');
  });
});

describe('isForbidden', () => {
  it('is true for 403 answers except a CSRF mismatch', () => {
    expect(isForbidden(apiError(403, 'FORBIDDEN'))).toBe(true);
    expect(isForbidden(apiError(403, 'CSRF_INVALID'))).toBe(false);
    expect(isForbidden(apiError(401, 'SESSION_EXPIRED'))).toBe(false);
  });
});
