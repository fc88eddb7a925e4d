import type { Report } from '@/api/schemas';
import type { Language } from '@/lib/i18n/language';
import { messagesFor } from '@/lib/i18n/messages';

/** The element holding the full credit on the dashboard, which each chart's short source line links to. */
export const SOURCE_CREDIT_ID = 'source-credit';

/**
 * The article credit, punctuated for the reader's language; the headline and byline stay as printed.
 * Synthetic data is never credited to the article: it is named for what it is.
 */
export function sourceCredit(report: Report, language: Language): string {
  if (report.illustrative) return messagesFor(language).illustrative;
  const { headline, author, publication } = report.source;
  return language === 'zh'
    ? `「${headline}」，${author}，${publication.zh}`
    : `“${headline}”, ${author}, ${publication.en}`;
}

/** The article's headline alone, quoted for the reader's language: the short form of the credit under a chart. */
export function sourceTitle(report: Report, language: Language): string {
  if (report.illustrative) return messagesFor(language).illustrative;
  const { headline } = report.source;
  return language === 'zh' ? `「${headline}」` : `“${headline}”`;
}
