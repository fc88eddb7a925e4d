import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { AdminErrorAlert } from './admin-error-alert';
import { isAdminError, type UploadOutcome } from './admin-api';
import { useUpload } from './admin-queries';
import { useDataText } from './data-text';
import { ACCEPTED_EXTENSIONS, checkFile, megabytesText } from './file-check';
import { NoteField } from './note-field';

/**
 * 上传: a drop zone with a visible file picker, a note, and the upload. A file of another kind or over 10 MB is
 * refused here, before anything is sent.
 */
export function UploadSection({ onOutcome }: { onOutcome: (outcome: UploadOutcome) => void }) {
  const text = useDataText();
  const upload = useUpload();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);

  const refusal = file ? checkFile(file) : undefined;
  const refusalText =
    file && refusal === 'wrong-type'
      ? text.fileWrongType(file.name)
      : file && refusal === 'too-large'
        ? text.fileTooLarge(file.name, text.megabytes(megabytesText(file.size)))
        : missing
          ? text.fileMissing
          : undefined;

  function choose(chosen: File | undefined) {
    setFile(chosen ?? null);
    setMissing(false);
    upload.reset();
  }

  function send(chosen: File) {
    upload.mutate(
      { file: chosen, note },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'draft') {
            setFile(null);
            setNote('');
            setPickerKey((key) => key + 1);
          }
          onOutcome(outcome);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setMissing(true);
    if (refusal) return;
    send(file);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  const canRetry = upload.isError && isAdminError(upload.error) && upload.error.kind === 'network' && file !== null;
  return (
    <Card as="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {text.uploadHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{text.uploadIntro}</p>
      <form className="mt-4 flex flex-col gap-4" onSubmit={submit}>
        <div
          className={cn(
            'flex flex-col items-start gap-2 rounded-lg border-2 border-dashed border-line p-4 sm:p-6',
            dragging && 'border-accent-500 bg-surface-muted',
          )}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p className="text-sm text-muted">{text.dropHint}</p>
          <label htmlFor={`${id}-file`} className="text-sm font-medium">
            {text.chooseFile}
          </label>
          <input
            key={pickerKey}
            id={`${id}-file`}
            type="file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            aria-describedby={refusalText ? `${id}-refusal` : undefined}
            onChange={(event) => choose(event.target.files?.[0])}
            className="max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1 file:text-ink"
          />
          {file ? (
            <p className="text-sm break-all">{text.chosenFile(file.name, text.megabytes(megabytesText(file.size)))}</p>
          ) : null}
        </div>
        {refusalText ? (
          <div id={`${id}-refusal`}>
            <Alert title={refusalText} />
          </div>
        ) : null}
        <NoteField id={`${id}-note`} label={text.noteLabel} value={note} onChange={setNote} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" disabled={upload.isPending}>
            {text.uploadSubmit}
          </Button>
          {upload.isPending && file ? (
            <p role="status" className="text-sm text-muted">
              {text.uploading(file.name)}
            </p>
          ) : null}
        </div>
        {upload.isError ? (
          <AdminErrorAlert
            title={text.uploadFailed}
            error={upload.error}
            onRetry={canRetry ? () => send(file) : undefined}
          />
        ) : null}
      </form>
    </Card>
  );
}
