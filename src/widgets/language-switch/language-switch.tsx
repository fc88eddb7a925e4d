import { Button } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';

/**
 * The button to the other language, labelled in that language (English / 中文) and tagged with its `lang`, so a
 * screen reader says it in the voice of the language it offers.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { language, t, setLanguage } = useI18n();
  return (
    <Button
      className={className}
      lang={language === 'zh' ? 'en' : 'zh-CN'}
      onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
    >
      {t.switchLanguage}
    </Button>
  );
}
