import { useCallback, useState } from 'react';

/** The element's content width, kept current by a ResizeObserver; undefined until first measured. */
export function useElementWidth<T extends Element>(): [
  (element: T | null) => (() => void) | undefined,
  number | undefined,
] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
