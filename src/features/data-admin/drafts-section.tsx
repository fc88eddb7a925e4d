import type { Session } from '@/api/admin-schemas';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/domain/i18n/language-context';
import type { AdminRevision } from './admin-api';
import { useDataText } from './data-text';
import { formatWhen } from './format-when';
import { waitingDrafts } from './revision-status';

/** 待发布的草稿: drafts made from the current revision, each to open (and, for a publisher, to publish). */
export function DraftsSection({
  revisions,
  session,
  onOpen,
}: {
  revisions: AdminRevision[];
  session: Session;
  onOpen: (revision: AdminRevision, toPublish: boolean) => void;
}) {
  const text = useDataText();
  const { language } = useI18n();
  const drafts = waitingDrafts(revisions);
  return (
    <Card as="section" aria-labelledby="data-drafts-title">
      <h2 id="data-drafts-title" className="text-lg font-semibold">
        {text.draftsHeading}
      </h2>
      {drafts.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{text.noDrafts}</p>
      ) : (
        <ul className="mt-2 flex flex-col divide-y divide-line">
          {drafts.map((draft) => (
            <li key={draft.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0 text-sm">
                <p className="font-medium">{text.draftHeading(draft.id)}</p>
                <p className="text-muted">
                  {draft.createdBy} · <time dateTime={draft.createdAt}>{formatWhen(draft.createdAt, language)}</time>
                  {draft.note ? ` · ${draft.note}` : ''}
                </p>
              </div>
              <div className="flex gap-2">
                <Button onClick={() => onOpen(draft, false)}>
                  {text.open} <span className="sr-only">{text.draftHeading(draft.id)}</span>
                </Button>
                {session.role === 'publisher' ? (
                  <Button onClick={() => onOpen(draft, true)}>
                    {text.openToPublish} <span className="sr-only">{text.draftHeading(draft.id)}</span>
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
