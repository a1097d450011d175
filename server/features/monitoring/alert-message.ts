import { translate } from '../../../common/i18n/translate.js';

/** An alert's words, its flags named in the language rather than by code. */
export function alertMessage(language: 'vi' | 'en', kind: string, params: Record<string, unknown>): string {
  const flags =
    typeof params.flags === 'string'
      ? params.flags
          .split(', ')
          .map((f) => translate(language, `monitor.flag.${f}` as 'monitor.flag.border'))
          .join(', ')
      : undefined;
  return translate(language, `monitor.alert.${kind}` as 'monitor.alert.spike', {
    ...params,
    ...(flags ? { flags } : {}),
  });
}
