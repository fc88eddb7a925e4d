import { useEffect, useId, useRef, useState } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n/language-context';
import { pageAddress } from '@/lib/page-address';

const CONFIRMATION_MS = 2500;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies the link to one figure; where the clipboard is unavailable, shows the link to copy by hand. */
export function PermalinkButton({
  embedId,
  variant,
  className,
}: {
  embedId: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { language, t } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setState({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
  }, [state]);

  async function copy() {
    const url = pageAddress(`embed/${encodeURIComponent(embedId)}`, `?lang=${language}`);
    try {
      // Absent outside secure contexts; rejected when the page lacks permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 print:hidden">
      <Button variant={variant} className={className} onClick={() => void copy()}>
        {t.copyLink}
      </Button>
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
    </span>
  );
}
