import { describe, expect, it } from 'vitest';
import type { PathStep } from '../api/types';
import { translate, type Translate } from '@common/i18n/translate';
import { describePath } from './describe-path';

const t: Translate = (key, params) => translate('vi', key, params);

describe('describePath', () => {
  it('says "directly" for a direct assignment', () => {
    expect(describePath(t, [{ kind: 'direct', agencyId: 1, name: 'Sở Ngoại vụ' }])).toBe('Được giao trực tiếp');
  });
  it('reads a transfer of functions as from → to (kind, dd/mm/yyyy)', () => {
    const path: PathStep[] = [
      { kind: 'direct', agencyId: 10, name: 'Sở Thông tin và Truyền thông' },
      {
        kind: 'succession',
        eventId: 1,
        eventKind: 'transfer',
        effectiveOn: '2025-03-01',
        fromAgencyId: 10,
        fromName: 'Sở Thông tin và Truyền thông',
        toAgencyId: 11,
        toName: 'Sở Văn hóa, Thể thao và Du lịch',
        functions: ['foreign-information', 'press'],
      },
    ];
    expect(describePath(t, path)).toBe(
      'Sở Thông tin và Truyền thông → Sở Văn hóa, Thể thao và Du lịch (chuyển giao chức năng, 01/03/2025)',
    );
  });
  it('names the group and chains steps', () => {
    const path: PathStep[] = [
      { kind: 'group', groupId: 1, name: 'Các sở, ban, ngành', referenceDate: '2025-01-01' },
      { kind: 'direct', agencyId: 5, name: 'Sở Kế hoạch và Đầu tư' },
      {
        kind: 'succession',
        eventId: 2,
        eventKind: 'merge',
        effectiveOn: '2025-03-01',
        fromAgencyId: 5,
        fromName: 'Sở Kế hoạch và Đầu tư',
        toAgencyId: 6,
        toName: 'Sở Tài chính',
        functions: [],
      },
    ];
    expect(describePath(t, path)).toBe(
      'thuộc nhóm “Các sở, ban, ngành”; Sở Kế hoạch và Đầu tư → Sở Tài chính (hợp nhất, sáp nhập, 01/03/2025)',
    );
  });
});
