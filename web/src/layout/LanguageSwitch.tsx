import { Button } from '@mantine/core';
import type { Language } from '@common/i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

const LANGUAGES: Array<{ value: Language; label: string; name: string }> = [
  { value: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { value: 'en', label: 'EN', name: 'English' },
];

/**
 * VI | EN switch; Vietnamese is the default. Two toggle buttons rather than Mantine's
 * SegmentedControl, whose sliding indicator costs the first page 3 kB.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Button.Group aria-label={t('app.language')}>
      {LANGUAGES.map((option) => (
        <Button
          key={option.value}
          size="xs"
          variant={language === option.value ? 'filled' : 'default'}
          aria-pressed={language === option.value}
          lang={option.value}
          title={option.name}
          onClick={() => setLanguage(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </Button.Group>
  );
}
