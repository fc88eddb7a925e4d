import { useState } from 'react';
import type { CellProblem, Session } from '@/api/admin-schemas';
import type { AdminRevision, UploadOutcome } from './admin-api';
import { AdminErrorAlert } from './admin-error-alert';
import { useRevisions } from './admin-queries';
import { CompareView } from './compare-view';
import { useDataText } from './data-text';
import { DraftsSection } from './drafts-section';
import { DraftView, type DraftShown } from './draft-view';
import { HistorySection } from './history-section';
import { ProblemReport } from './problem-report';
import { TemplateSection } from './template-section';
import { UploadSection } from './upload-section';
import { useFocusOnMount } from './use-focus-on-mount';

/** What the result area shows: a refused file's problems, a draft, a comparison, or what a write did. */
type View =
  | { kind: 'problems'; problems: CellProblem[] }
  | { kind: 'draft'; draft: DraftShown }
  | { kind: 'compare'; current: number; revision: number }
  | { kind: 'done'; message: string };

const noDiff = { changed: [], added: [], removed: [], removedIndicators: [] };

/** The signed-in page: upload, the result of the last action, drafts waiting, the history and the template. */
export function Workspace({ session }: { session: Session }) {
  const text = useDataText();
  const revisions = useRevisions();
  const [view, setView] = useState<View | null>(null);
  // A new key for each view, so its heading takes the focus again when the same kind is shown twice.
  const [viewKey, setViewKey] = useState(0);
  const show = (next: View | null) => {
    setView(next);
    setViewKey((key) => key + 1);
  };

  function uploaded(outcome: UploadOutcome) {
    const { result } = outcome;
    if (outcome.kind === 'problems' || result.revision === null) {
      return show({ kind: 'problems', problems: result.problems });
    }
    show({
      kind: 'draft',
      draft: {
        revision: result.revision,
        diff: result.diff ?? noDiff,
        warnings: result.warnings,
        justSaved: true,
        toPublish: false,
      },
    });
  }

  const open = (revision: AdminRevision, toPublish: boolean) =>
    show({
      kind: 'draft',
      draft: { revision: revision.id, diff: revision.diff, warnings: revision.warnings, justSaved: false, toPublish },
    });

  return (
    <>
      <UploadSection onOutcome={uploaded} />
      {view ? (
        <div key={viewKey}>
          {view.kind === 'problems' ? (
            <ProblemReport problems={view.problems} />
          ) : view.kind === 'draft' ? (
            <DraftView
              draft={view.draft}
              session={session}
              onPublished={(revision) => show({ kind: 'done', message: text.published(revision) })}
              onClose={() => show(null)}
            />
          ) : view.kind === 'compare' ? (
            <CompareView current={view.current} revision={view.revision} onClose={() => show(null)} />
          ) : (
            <DoneNotice message={view.message} />
          )}
        </div>
      ) : null}
      {revisions.data ? (
        <>
          <DraftsSection revisions={revisions.data} session={session} onOpen={open} />
          <HistorySection
            revisions={revisions.data}
            session={session}
            onCompare={(current, revision) => show({ kind: 'compare', current, revision })}
            onRolledBack={(revision) => show({ kind: 'done', message: text.rolledBack(revision) })}
          />
        </>
      ) : revisions.isError ? (
        <AdminErrorAlert title={text.historyFailed} error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : (
        <p role="status" className="text-sm text-muted">
          {text.loading}
        </p>
      )}
      <TemplateSection />
    </>
  );
}

/** 第 N 版已发布 / 已回滚到第 N 版: announced, and it takes the focus the vanished form had. */
function DoneNotice({ message }: { message: string }) {
  const notice = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p
      ref={notice}
      tabIndex={-1}
      role="status"
      className="rounded-lg border border-positive/30 bg-positive-soft p-4 font-medium text-positive"
    >
      {message}
    </p>
  );
}
