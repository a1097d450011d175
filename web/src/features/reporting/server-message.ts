import { ApiError } from '../../api/client';
import type { Language, Translate } from '../../i18n/translate';
import { errorText } from '../../lib/error-text';

/**
 * The server's own sentence for a refusal when it says more than the code (it writes "vi / en"),
 * in the reader's language; the dictionary's text otherwise.
 */
export function serverMessage(t: Translate, language: Language, error: unknown): string {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.message.includes(' / ')) {
    const [vi, en] = error.message.split(' / ');
    return (language === 'en' ? en : vi) ?? errorText(t, error);
  }
  return errorText(t, error);
}
