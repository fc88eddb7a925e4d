import type { Language } from '../../src/domain/i18n/language';
import { en } from '../../src/domain/i18n/messages-en';
import type { Messages } from '../../src/domain/i18n/messages-type';
import { zh } from '../../src/domain/i18n/messages-zh';

/** Both languages' interface text, for assertions (the app itself loads English on demand). */
export const messages: Record<Language, Messages> = { zh, en };
