import type { Report } from '@/api/schemas';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';

/** The element holding the full credit on the dashboard, which each chart's short source line links to. */
export const SOURCE_CREDIT_ID = 'source-credit';

/**
 * The article credit in mainland style (《》 in Chinese); the headline as printed, the byline without the
 * newspaper's padding space.
 * Synthetic data is never credited to the article: it is named for what it is.
 */
export function sourceCredit(report: Report, language: Language): string {
  const t = messagesFor(language);
  if (report.illustrative) return t.illustrative;
  const { headline, author } = report.source;
  // The missing paper and date (report.source.publication) are explained in the 关于数据 note, not here.
  return `${t.workTitle(headline)}${t.punctuation.clause}${author}`;
}

/** The article's headline alone, quoted for the reader's language: the short form of the credit under a chart. */
export function sourceTitle(report: Report, language: Language): string {
  const t = messagesFor(language);
  return report.illustrative ? t.illustrative : t.workTitle(report.source.headline);
}
