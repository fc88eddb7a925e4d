import type { Ref } from 'react';
import { fieldClass } from './field-class';

/** The note that goes into the audit trail with an upload, a publication or a rollback (at most 2000 characters). */
export function NoteField({
  id,
  label,
  value,
  onChange,
  ref,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        maxLength={2000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={fieldClass}
      />
    </div>
  );
}
