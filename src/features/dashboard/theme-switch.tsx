import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n/language-context';
import { themeChoices } from '@/lib/theme/theme';
import { useThemeChoice } from '@/lib/theme/use-theme-choice';

export function ThemeSwitch() {
  const { t } = useI18n();
  const { choice, setChoice } = useThemeChoice();
  return (
    <div role="group" aria-label={t.theme} className="flex overflow-hidden rounded-md border border-line text-sm">
      {themeChoices.map((option) => (
        <Button key={option} variant="segment" aria-pressed={choice === option} onClick={() => setChoice(option)}>
          {t.themeChoice[option]}
        </Button>
      ))}
    </div>
  );
}
