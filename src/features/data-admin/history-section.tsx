import { useState } from 'react';
import type { Session } from '@/api/admin-schemas';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/domain/i18n/language-context';
import type { AdminRevision } from './admin-api';
import { useAdminApi } from './admin-queries';
import { useDataText } from './data-text';
import { formatWhen } from './format-when';
import { currentRevision, hasFile, revisionStatus, type RevisionStatus } from './revision-status';
import { RollbackConfirm } from './rollback-confirm';
import { cellClass, headCellClass, TableScroll } from './table-scroll';

const statusTone: Record<RevisionStatus, BadgeTone> = { current: 'positive', published: 'neutral', draft: 'warning' };

const rollbackButtonId = (revision: number) => `data-rollback-${revision}`;

/**
 * 历史版本: every revision, newest first: status, who, when, the note, the uploaded file, 与当前版本比较, and for
 * publishers 回滚 to a revision published before, behind a confirmation.
 */
export function HistorySection({
  revisions,
  session,
  onCompare,
  onRolledBack,
}: {
  revisions: AdminRevision[];
  session: Session;
  onCompare: (current: number, revision: number) => void;
  onRolledBack: (revision: number) => void;
}) {
  const text = useDataText();
  const { language } = useI18n();
  const api = useAdminApi();
  const [confirming, setConfirming] = useState<number | null>(null);
  const current = currentRevision(revisions);
  const statusText: Record<RevisionStatus, string> = {
    current: text.statusCurrent,
    published: text.statusPublished,
    draft: text.statusDraft,
  };

  function cancel() {
    const revision = confirming;
    setConfirming(null);
    // The row's 回滚 button stays in the table while the question closes: the focus goes back to it.
    if (revision !== null) document.getElementById(rollbackButtonId(revision))?.focus();
  }

  return (
    <Card as="section" aria-labelledby="data-history-title" className="flex flex-col gap-3">
      <h2 id="data-history-title" className="text-lg font-semibold">
        {text.historyHeading}
      </h2>
      <TableScroll label={text.historyHeading}>
        <table className="w-full min-w-2xl border-collapse bg-surface text-sm">
          <caption className="sr-only">{text.historyHeading}</caption>
          <thead>
            <tr>
              {[
                text.columnRevision,
                text.columnStatus,
                text.columnBy,
                text.columnWhen,
                text.columnNote,
                text.columnFile,
                text.columnActions,
              ].map((heading) => (
                <th key={heading} scope="col" className={headCellClass}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => {
              const status = revisionStatus(revision);
              const canRollback = session.role === 'publisher' && status === 'published';
              return (
                <tr key={revision.id}>
                  <th scope="row" className={`${cellClass} text-left whitespace-nowrap`}>
                    {text.revisionLabel(revision.id)}
                  </th>
                  <td className={cellClass}>
                    <Badge tone={statusTone[status]}>{statusText[status]}</Badge>
                  </td>
                  <td className={`${cellClass} break-all`}>{revision.createdBy}</td>
                  <td className={`${cellClass} whitespace-nowrap`}>
                    <time dateTime={revision.createdAt}>{formatWhen(revision.createdAt, language)}</time>
                  </td>
                  <td className={`${cellClass} min-w-40`}>{revision.note}</td>
                  <td className={`${cellClass} break-all`}>
                    {hasFile(revision) ? (
                      <a href={api.fileHref(revision.id)} download className="text-link underline">
                        {revision.fileName}
                      </a>
                    ) : (
                      (revision.fileName ?? '—')
                    )}
                  </td>
                  <td className={cellClass}>
                    <div className="flex flex-wrap gap-2">
                      {current && !revision.current ? (
                        <Button className="whitespace-nowrap" onClick={() => onCompare(current.id, revision.id)}>
                          {text.compareWithCurrent} <span className="sr-only">{text.revisionLabel(revision.id)}</span>
                        </Button>
                      ) : null}
                      {canRollback ? (
                        <Button
                          id={rollbackButtonId(revision.id)}
                          className="whitespace-nowrap"
                          aria-expanded={confirming === revision.id}
                          onClick={() => setConfirming(revision.id)}
                        >
                          {text.rollback} <span className="sr-only">{text.revisionLabel(revision.id)}</span>
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {confirming !== null ? (
        <RollbackConfirm
          key={confirming}
          revision={confirming}
          onCancel={cancel}
          onRolledBack={(revision) => {
            setConfirming(null);
            onRolledBack(revision);
          }}
        />
      ) : null}
    </Card>
  );
}
