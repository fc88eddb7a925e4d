import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { AdminErrorAlert } from './admin-error-alert';
import { useDiff } from './admin-queries';
import { useDataText } from './data-text';
import { DiffView } from './diff-view';
import { useFocusOnMount } from './use-focus-on-mount';

/** 与当前版本比较: what revision N changes against the current one (GET /admin/diff?from=current&to=N). */
export function CompareView({
  current,
  revision,
  onClose,
}: {
  current: number;
  revision: number;
  onClose: () => void;
}) {
  const text = useDataText();
  const diff = useDiff(current, revision);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Card as="section" aria-labelledby="data-compare-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="data-compare-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {text.compareHeading(current, revision)}
        </h2>
        <Button onClick={onClose}>{text.closeView}</Button>
      </div>
      {diff.data ? (
        <DiffView diff={diff.data} />
      ) : diff.isError ? (
        <AdminErrorAlert title={text.compareFailed} error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <p role="status" className="text-sm text-muted">
          {text.loading}
        </p>
      )}
    </Card>
  );
}
