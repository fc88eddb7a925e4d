import type { Report } from '../api/schemas';
import type { Language } from '../lib/i18n/language';

export function sourceCredit(report: Report, language: Language): string {
  return `「${report.source.headline}」，${report.source.author}，${report.source.publication[language]}`;
}
