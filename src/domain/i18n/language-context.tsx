import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, localeOf, type Language } from './language';
import { loadMessages, messagesFor, type Messages } from './messages';

const STORAGE_KEY = 'shanxi-ict-dashboard.lang';

interface LanguageContextValue {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** ?lang= wins (links are shared), then the reader's last choice, then Chinese. */
export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return isLanguage(fromUrl) ? fromUrl : (readStoredLanguage() ?? 'zh');
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = localeOf[language];
    document.title = messagesFor(language).appName;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    void loadMessages(next).then(() => setLanguageState(next));
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the URL still carries the choice.
    }
    const url = new URL(window.location.href);
    if (next === 'zh') url.searchParams.delete('lang');
    else url.searchParams.set('lang', next);
    window.history.replaceState(window.history.state, '', url);
  }, []);

  const value = useMemo(() => ({ language, t: messagesFor(language), setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useI18n(): LanguageContextValue {
  const value = use(LanguageContext);
  if (!value) throw new Error('useI18n needs a <LanguageProvider>');
  return value;
}

/** For a fallback that may render outside the provider (the root error boundary): the language the page started in. */
export function useI18nOrInitial(): Pick<LanguageContextValue, 'language' | 't'> {
  const value = use(LanguageContext);
  if (value) return value;
  const language = initialLanguage();
  try {
    return { language, t: messagesFor(language) };
  } catch {
    return { language: 'zh', t: messagesFor('zh') };
  }
}
