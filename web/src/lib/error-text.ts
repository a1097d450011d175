import { ApiError } from '../api/client';
import { isMessageKey, type Translate } from '@common/i18n/translate';

/** The Vietnamese (or English) sentence for a failure: the catalogue's message of its code, with its parameters. */
export function errorText(t: Translate, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'UNKNOWN';
  const key = `error.${code}`;
  if (isMessageKey(key)) return t(key, error instanceof ApiError ? error.params : {});
  if (error instanceof ApiError && error.status >= 500) return t('error.INTERNAL');
  return t('error.UNKNOWN');
}

/** Is the failure a "you may not" answer? */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code !== 'CSRF_INVALID';
}
