import { useI18n } from '@/domain/i18n/language-context';
import { isThemeChoice, themeChoices } from '@/lib/theme/theme';
import { useThemeChoice } from '@/lib/theme/use-theme-choice';

/** One select, not three buttons: the header stays quiet, and the choice is still one step away. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const { choice, setChoice } = useThemeChoice();
  return (
    <label className="flex items-center gap-1.5 text-sm text-muted">
      {t.theme}
      <select
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) setChoice(event.target.value);
        }}
        className="rounded-md border border-line bg-surface px-1.5 py-1 text-ink hover:bg-surface-muted"
      >
        {themeChoices.map((option) => (
          <option key={option} value={option}>
            {t.themeChoice[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
