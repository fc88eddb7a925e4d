import { useCallback, useEffect, useState } from 'react';

/**
 * True once the element comes within `margin` of the viewport (and stays true), or when the page is printed.
 * Lets heavy widgets below the first screen wait until a reader scrolls towards them. The default is the viewport
 * itself: with a wider margin a phone draws the first chart (just below the fold) while loading, and that one
 * recharts commit is the page's longest task.
 */
export function useNearViewport<T extends Element>(
  margin = '0px',
): [(element: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setNear(true);
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [margin, near],
  );
  useEffect(() => {
    const show = () => setNear(true);
    window.addEventListener('beforeprint', show);
    return () => window.removeEventListener('beforeprint', show);
  }, []);
  return [ref, near];
}
