import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../../common/errors.js';
import { MIN_PASSWORD_LENGTH } from '../../../common/limits.js';

/** zxcvbn's score (0–4) a password needs: 3 = "safely unguessable", about 10^8 guesses and more. */
export const MIN_PASSWORD_SCORE = 3;

// Words anyone would try first against this system: its name, the province, "password" in Vietnamese.
const LOCAL_WORDS = [
  'ttdn',
  'thongtindoingoai',
  'doingoai',
  'tuyenquang',
  'songoaivu',
  'matkhau',
  'quantri',
  'admin',
  'vietnam',
  'hanoi',
];

let estimator: ZxcvbnFactory | undefined;
function strengthOf(password: string, userInputs: string[]) {
  // The dictionaries take a moment to index: built on first use, not at start.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, ttdn: LOCAL_WORDS },
    graphs: adjacencyGraphs,
  });
  return estimator.check(password, userInputs);
}

/** Diacritics and spacing folded, so "Mật khẩu" and "matkhau" count as the same guess. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The one password policy, for accounts created, reset and changed: at least MIN_PASSWORD_LENGTH
 * characters, and not guessable (zxcvbn score ≥ 3, also against the account's own name and the
 * system's words). Throws PASSWORD_TOO_SHORT or PASSWORD_TOO_WEAK.
 */
export function assertPasswordPolicy(password: string, about: { username?: string; displayName?: string } = {}): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new AppError('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
  const inputs = [about.username, about.displayName, ...(about.displayName?.split(/\s+/) ?? [])]
    .filter((s): s is string => Boolean(s))
    .map(fold);
  // Scored as typed, without diacritics, and without separators ("Mật khẩu 2025" is "matkhau2025").
  const folded = fold(password.normalize('NFC'));
  const compact = folded.replace(/[\s._-]+/g, '');
  const score = Math.min(...[password, folded, compact].map((variant) => strengthOf(variant, inputs).score));
  if (score < MIN_PASSWORD_SCORE) throw new AppError('PASSWORD_TOO_WEAK');
}
