import { useI18n } from '@/domain/i18n/language-context';

/** The mark synthetic data carries wherever it shows, so an invented value is never read as a statistic. */
export function IllustrativeBadge({ className = '' }: { className?: string }) {
  const { t } = useI18n();
  return (
    <span
      title={t.illustrativeHint}
      className={`rounded-full bg-warning-soft px-2 py-0.5 text-xs font-medium text-warning ring-1 ring-warning/40 ${className}`}
    >
      {t.illustrative}
    </span>
  );
}
