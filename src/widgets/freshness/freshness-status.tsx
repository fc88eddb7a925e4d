import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { formatHourMinute } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { usePageRefreshNotice, useRefreshStatus } from '@/domain/refresh/refresh-context';

/**
 * The page's one word on freshness: 更新于 14:05 while a schedule runs, or, after a failed refresh, one compact
 * notice that the figures shown are those fetched at 14:05 (the areas then show no stale banners of their own).
 */
export function FreshnessStatus({ className, buttonClassName }: { className?: string; buttonClassName?: string }) {
  const { language, t } = useI18n();
  const status = useRefreshStatus();
  usePageRefreshNotice();
  if (!status) return null;
  // On a schedule, the line's place is held from the first paint, its height and its width (beside the title on a
  // wide screen, where the time arriving made the title wrap), so the header does not grow when data arrives.
  if (!status.lastSuccessAt)
    return status.scheduled ? (
      <p aria-hidden="true" className={cn('text-muted tabular-nums invisible', className)}>
        {t.updatedAt} 00:00
      </p>
    ) : null;
  const time = formatHourMinute(status.lastSuccessAt, language);
  if (status.stale) {
    return (
      <div
        role="alert"
        className={cn('flex items-center gap-2 rounded-full bg-warning-soft px-3 py-1 text-warning', className)}
      >
        <span>{t.refreshFailed(time)}</span>
        <Button variant="link" className={cn('text-warning underline', buttonClassName)} onClick={status.refreshNow}>
          {t.retry}
        </Button>
      </div>
    );
  }
  if (!status.scheduled) return null;
  return (
    <p className={cn('text-muted tabular-nums', className)}>
      {t.updatedAt} <time dateTime={new Date(status.lastSuccessAt).toISOString()}>{time}</time>
    </p>
  );
}
