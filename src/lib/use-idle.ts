import { useEffect, useState } from 'react';

const INPUT_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

/** True once the page has had no pointer, key, touch or focus input for idleAfterMs; any input makes it false. */
export function useIdle(idleAfterMs: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), idleAfterMs);
    const onInput = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), idleAfterMs);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
    };
  }, [idleAfterMs]);
  return idle;
}
