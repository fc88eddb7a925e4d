import { needsAcknowledgement, type DatasetDiff, type ImportWarning, type Session } from '@/api/admin-schemas';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useDataText } from './data-text';
import { DiffView } from './diff-view';
import { PreviewLinks } from './preview-links';
import { PublishForm } from './publish-form';
import { useFocusOnMount } from './use-focus-on-mount';
import { WarningList } from './warning-list';

export interface DraftShown {
  revision: number;
  diff: DatasetDiff;
  warnings: ImportWarning[];
  /** Just uploaded (第 N 版草稿已保存), or opened from the list. */
  justSaved: boolean;
  /** Opened with 发布…: the publishing note takes the focus instead of the heading. */
  toPublish: boolean;
}

/** One draft: what it changes, its warnings, its preview links, and 发布 (or 等待发布人发布 for an editor). */
export function DraftView({
  draft,
  session,
  onPublished,
  onClose,
}: {
  draft: DraftShown;
  session: Session;
  onPublished: (revision: number) => void;
  onClose: () => void;
}) {
  const text = useDataText();
  const publisher = session.role === 'publisher';
  const heading = useFocusOnMount<HTMLHeadingElement>(!(draft.toPublish && publisher));
  return (
    <Card as="section" aria-labelledby="data-draft-title" className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="data-draft-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {draft.justSaved ? text.draftSaved(draft.revision) : text.draftHeading(draft.revision)}
        </h2>
        <Button onClick={onClose}>{text.closeView}</Button>
      </div>
      <DiffView diff={draft.diff} />
      <WarningList warnings={draft.warnings} />
      <PreviewLinks revision={draft.revision} />
      {publisher ? (
        <PublishForm
          revision={draft.revision}
          needsAcknowledgement={draft.warnings.some(needsAcknowledgement)}
          focusNote={draft.toPublish}
          onPublished={onPublished}
        />
      ) : (
        <p className="rounded-md bg-surface-muted p-3 text-sm font-medium">{text.waitingForPublisher}</p>
      )}
    </Card>
  );
}
