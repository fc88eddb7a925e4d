import type { Report } from '@/api/schemas';
import type { Language } from '@/lib/i18n/language';

/** The article credit, punctuated for the reader's language; the headline and byline stay as printed. */
export function sourceCredit(report: Report, language: Language): string {
  const { headline, author, publication } = report.source;
  return language === 'zh'
    ? `「${headline}」，${author}，${publication.zh}`
    : `“${headline}”, ${author}, ${publication.en}`;
}
