import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Language, type Translate } from '@common/i18n/translate';
import { loadMessages } from './messages';

type I18nValue = { language: Language; setLanguage: (language: Language) => void; t: Translate };

const I18nContext = createContext<I18nValue | null>(null);
const STORAGE_KEY = 'ttdn.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Holds the chosen language (Vietnamese by default) and keeps <html lang> in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  // English is shown once its catalogue has arrived; Vietnamese until then.
  const [language, setLanguageState] = useState<Language>('vi');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    if (next === 'en') void loadMessages('en').then(() => setLanguageState('en'));
    else setLanguageState('vi');
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);
  useEffect(() => {
    if (initialLanguage() === 'en') void loadMessages('en').then(() => setLanguageState('en'));
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
