import { useI18n } from '@/lib/i18n/language-context';
import { themeChoices } from '@/lib/theme/theme';
import { useThemeChoice } from '@/lib/theme/use-theme-choice';

export function ThemeSwitch() {
  const { t } = useI18n();
  const { choice, setChoice } = useThemeChoice();
  return (
    <div role="group" aria-label={t.theme} className="flex overflow-hidden rounded-md border border-line text-sm">
      {themeChoices.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={choice === option}
          onClick={() => setChoice(option)}
          className="px-2.5 py-1 text-ink hover:bg-surface-muted aria-pressed:bg-badge aria-pressed:text-badge-ink"
        >
          {t.themeChoice[option]}
        </button>
      ))}
    </div>
  );
}
