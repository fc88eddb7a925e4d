import { isBelowFullSupport } from '@/lib/browser-support';
import { useI18n } from '@/domain/i18n/language-context';

/** One plain line for the readable tier (Chromium 89-107): the figures are all there, the styling is simpler. */
export function OldBrowserNotice() {
  const { t } = useI18n();
  if (!isBelowFullSupport()) return null;
  return <p className="border-b border-line bg-surface px-4 py-2 text-sm text-ink">{t.oldBrowserNotice}</p>;
}
