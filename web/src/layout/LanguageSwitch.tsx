import { SegmentedControl } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';

/** VI | EN switch; Vietnamese is the default. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={language}
      onChange={(value) => setLanguage(value === 'en' ? 'en' : 'vi')}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
