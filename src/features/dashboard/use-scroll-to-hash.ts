import { useEffect } from 'react';
import { safeDecodeURIComponent } from '@/lib/safe-decode';

/** The areas render after the report arrives, too late for the browser's own jump to #network on reload. */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const target = document.getElementById(safeDecodeURIComponent(window.location.hash.slice(1)));
    target?.scrollIntoView();
  }, [ready]);
}
