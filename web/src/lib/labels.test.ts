import { describe, expect, it } from 'vitest';
import { en } from '@common/i18n/en/index';
import { translate, type Translate } from '@common/i18n/translate';
import { vi } from '@common/i18n/vi/index';
import {
  agencyKindLabel,
  compareNames,
  functionLabel,
  ROLE_COLORS,
  roleLabel,
  successionLabel,
  TASK_ROLES,
  timeframeLabel,
} from './labels';

const tVi: Translate = (key, params) => translate('vi', key, params);
const tEn: Translate = (key, params) => translate('en', key, params);

describe('role labels', () => {
  it('names the four roles as the plans print them', () => {
    expect(TASK_ROLES.map((r) => roleLabel(tVi, r))).toEqual([
      'Chủ trì',
      'Phối hợp',
      'Thực hiện',
      'Chỉ đạo, hướng dẫn',
    ]);
    expect(roleLabel(tEn, 'lead')).toBe('Lead');
    expect(roleLabel(tVi, 'unknown')).toBe('unknown');
  });
  it('gives every role its own colour', () => {
    expect(new Set(Object.values(ROLE_COLORS)).size).toBe(TASK_ROLES.length);
  });
});

describe('other labels', () => {
  it('translates timeframes, kinds, events and functions', () => {
    expect(timeframeLabel(tVi, 'continuous')).toBe('Thường xuyên');
    expect(timeframeLabel(tVi, 'within-year')).toBe('Trong năm');
    expect(timeframeLabel(tVi, 'annual')).toBe('Hằng năm');
    expect(timeframeLabel(tVi, null)).toBe('');
    expect(agencyKindLabel(tVi, 'press-agency')).toBe('Cơ quan báo chí');
    expect(successionLabel(tVi, 'transfer')).toBe('chuyển giao chức năng');
    expect(functionLabel(tVi, 'foreign-information')).toBe('thông tin đối ngoại');
    expect(functionLabel(tVi, 'fisheries')).toBe('fisheries');
  });
});

describe('dictionaries', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });
  it('fill parameters', () => {
    expect(translate('vi', 'plan.shownCount', { shown: 3, total: 22 })).toBe('Hiển thị 3/22 nhiệm vụ');
  });
});

describe('compareNames', () => {
  it('sorts with Vietnamese collation (Đ after D)', () => {
    const names = ['Đài Phát thanh', 'Sở Y tế', 'Ban Dân tộc', 'Dự án', 'Ủy ban'];
    expect([...names].sort(compareNames)).toEqual(['Ban Dân tộc', 'Dự án', 'Đài Phát thanh', 'Sở Y tế', 'Ủy ban']);
  });
});
