import type { LocalizedText } from '@/api/schemas';
import type { Language } from './language';
import { en } from './messages-en';
import { registerMessages } from './messages';
import type { Messages } from './messages-type';
import { zh } from './messages-zh';

// The English half is built with the same formatters as the page (dates, periods), which read the catalogue.
registerMessages('en', en);

/**
 * Text a chart model carries in both languages at once, so its labels switch language without a rebuild. It
 * imports the English catalogue statically: only lazily loaded code (the chart model) may use it, not the first paint.
 */
export function inBothLanguages(pick: (messages: Messages, language: Language) => string): LocalizedText {
  return { zh: pick(zh, 'zh'), en: pick(en, 'en') };
}
