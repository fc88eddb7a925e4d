import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { AdminErrorAlert } from './admin-error-alert';
import { useRollback } from './admin-queries';
import { useDataText } from './data-text';
import { useFocusOnMount } from './use-focus-on-mount';
import { NoteField } from './note-field';

/**
 * 回滚 asks first: what happens, an optional note, 确认回滚 or 取消. The question takes the focus when it opens;
 * Escape cancels; the caller returns the focus to the row's 回滚 button.
 */
export function RollbackConfirm({
  revision,
  onCancel,
  onRolledBack,
}: {
  revision: number;
  onCancel: () => void;
  onRolledBack: (revision: number) => void;
}) {
  const text = useDataText();
  const rollback = useRollback();
  const id = useId();
  const [note, setNote] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();

  function submit(event: FormEvent) {
    event.preventDefault();
    rollback.mutate({ id: revision, note: note.trim() }, { onSuccess: () => onRolledBack(revision) });
  }

  return (
    <form
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="flex flex-col gap-3 rounded-lg border-2 border-warning bg-warning-soft p-4 text-ink"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !rollback.isPending) onCancel();
      }}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="font-semibold">
        {text.rollbackHeading(revision)}
      </h3>
      <p id={`${id}-body`} className="text-sm">
        {text.rollbackBody}
      </p>
      <NoteField id={`${id}-note`} label={text.rollbackNote} value={note} onChange={setNote} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={rollback.isPending}>
          {text.confirmRollback}
        </Button>
        <Button onClick={onCancel} disabled={rollback.isPending}>
          {text.cancel}
        </Button>
        {rollback.isPending ? (
          <p role="status" className="text-sm text-muted">
            {text.rollingBack}
          </p>
        ) : null}
      </div>
      {rollback.isError ? <AdminErrorAlert title={text.rollbackFailed} error={rollback.error} /> : null}
    </form>
  );
}
