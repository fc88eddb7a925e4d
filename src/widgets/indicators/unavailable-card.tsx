import type { ListResult } from '@/api/client';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';

type RejectedItem = ListResult<unknown>['rejected'][number];

/** Stands in for an indicator the API sent in the wrong shape: says so, offers a retry, never guesses a value. */
export function UnavailableCard({ rejected, onRetry }: { rejected: RejectedItem; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div
      role="alert"
      className="col-span-2 flex min-h-36 flex-col rounded-xl sm:col-span-1 border border-dashed border-danger/50 p-4 text-sm text-muted"
    >
      <p className="font-medium break-all text-ink">{rejected.id ?? `#${rejected.index + 1}`}</p>
      <p className="mt-1">{t.unavailable}</p>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-link">{t.details}</summary>
        <ul className="mt-1 font-mono break-all">
          {rejected.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      </details>
      <Button onClick={onRetry} className="mt-auto self-start px-2.5 py-1 text-xs font-medium">
        {t.retry}
      </Button>
    </div>
  );
}
