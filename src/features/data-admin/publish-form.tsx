import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { AdminErrorAlert } from './admin-error-alert';
import { usePublish } from './admin-queries';
import { useDataText } from './data-text';
import { useFocusOnMount } from './use-focus-on-mount';
import { NoteField } from './note-field';

/**
 * 发布 (publishers): a note and, when a warning needs it, 我已核对以上提示 before the button works. The public
 * pages show the revision as soon as the service answers.
 */
export function PublishForm({
  revision,
  needsAcknowledgement,
  focusNote,
  onPublished,
}: {
  revision: number;
  needsAcknowledgement: boolean;
  /** Opened with 发布… from the list of drafts: the note takes the focus. */
  focusNote: boolean;
  onPublished: (revision: number) => void;
}) {
  const text = useDataText();
  const publish = usePublish();
  const id = useId();
  const [note, setNote] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const noteField = useFocusOnMount<HTMLTextAreaElement>(focusNote);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsAcknowledgement && !acknowledged) return;
    publish.mutate(
      { id: revision, note: note.trim(), acceptWarnings: needsAcknowledgement && acknowledged },
      { onSuccess: () => onPublished(revision) },
    );
  }

  return (
    <form aria-labelledby={`${id}-title`} className="flex flex-col gap-3" onSubmit={submit}>
      <h3 id={`${id}-title`} className="font-semibold">
        {text.publishHeading}
      </h3>
      {needsAcknowledgement ? (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.target.checked)}
            className="size-4"
          />
          {text.acknowledge}
        </label>
      ) : null}
      <NoteField id={`${id}-note`} ref={noteField} label={text.publishNote} value={note} onChange={setNote} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={publish.isPending || (needsAcknowledgement && !acknowledged)}>
          {text.publish}
        </Button>
        {publish.isPending ? (
          <p role="status" className="text-sm text-muted">
            {text.publishing}
          </p>
        ) : null}
      </div>
      {publish.isError ? <AdminErrorAlert title={text.publishFailed} error={publish.error} /> : null}
    </form>
  );
}
