export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

export const localeOf: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}
