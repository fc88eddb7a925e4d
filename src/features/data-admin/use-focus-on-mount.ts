import { useEffect, useRef } from 'react';

/** A ref whose element takes the focus when it first appears (a result's heading, a confirmation), for keyboards. */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
