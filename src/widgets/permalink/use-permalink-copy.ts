import { useEffect, useState } from 'react';
import { useI18n } from '@/domain/i18n/language-context';
import { pageAddress } from '@/lib/page-address';

const CONFIRMATION_MS = 2500;

export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies the link to one figure; where the clipboard is unavailable, the state carries the link to copy by hand. */
export function usePermalinkCopy(embedId: string) {
  const { language } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });

  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setState({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
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

  return { state, copy: () => void copy() };
}
