import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { kcc } from '../bridge';
import type { MessageKey } from './nl';
import { translate, type Language, type Params } from './translate';

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Holds the UI language; remembered through window.kcc.settings so it survives restarts. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>('nl');
  // Render nothing until the remembered language is known: no Dutch flash for English users.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    void kcc.settings.get().then((s) => {
      if (!alive) return;
      setLanguageState(s.language);
      setReady(true);
    }, () => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void kcc.settings.set({ language: next });
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The translate function for the current language. */
export function useT(): I18nValue['t'] {
  return useI18n().t;
}
