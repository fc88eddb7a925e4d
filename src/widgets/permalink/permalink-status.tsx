import { useEffect, useId, useRef } from 'react';
import { useI18n } from '@/domain/i18n/language-context';
import type { CopyState } from './use-permalink-copy';

/** Says the link was copied, or shows it selected to copy by hand. */
export function PermalinkStatus({ state }: { state: CopyState }) {
  const { t } = useI18n();
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
  }, [state]);

  return (
    <>
      <span role="status" className="text-xs text-positive">
        {state.kind === 'copied' ? t.linkCopied : ''}
      </span>
      {state.kind === 'manual' ? (
        <span className="flex w-full basis-full flex-wrap items-center gap-1 text-xs text-muted">
          <label htmlFor={fieldId}>{t.copyLinkManually}</label>
          <input
            ref={fieldRef}
            id={fieldId}
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-line bg-surface px-1.5 py-0.5 font-mono text-ink"
          />
        </span>
      ) : null}
    </>
  );
}
