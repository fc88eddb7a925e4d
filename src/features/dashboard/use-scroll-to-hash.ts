import { useEffect, useRef } from 'react';
import { safeDecodeURIComponent } from '@/lib/safe-decode';

const READER_SCROLLS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * The areas render after the report arrives, too late for the browser's own jump to #network on reload. The page
 * jumps once the report is there (the reader lands near), and again once every area's cards are laid out, since the
 * areas above grew meanwhile; not if the reader has started to scroll on their own.
 */
export function useScrollToHash(reportReady: boolean, firstScreenComplete: boolean): void {
  const readerMoved = useRef(false);
  useEffect(() => {
    const noteReader = () => (readerMoved.current = true);
    for (const type of READER_SCROLLS) window.addEventListener(type, noteReader, { passive: true, once: true });
    return () => {
      for (const type of READER_SCROLLS) window.removeEventListener(type, noteReader);
    };
  }, []);
  useEffect(() => {
    if (!reportReady || !window.location.hash || readerMoved.current) return;
    document.getElementById(safeDecodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [reportReady, firstScreenComplete]);
}
