import { localeOf, type Language } from '@/domain/i18n/language';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** When a revision was made, in the reader's language and time zone: 2025年11月3日 14:05 / 3 Nov 2025, 14:05. */
export function formatWhen(isoDateTime: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf[language], {
      year: 'numeric',
      month: language === 'zh' ? 'long' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(isoDateTime));
}
