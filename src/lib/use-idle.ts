import { useEffect, useState } from 'react';
import { onUserInput } from './user-input';

/** True once the page has had no pointer, key, touch or focus input for idleAfterMs; any input makes it false. */
export function useIdle(idleAfterMs: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), idleAfterMs);
    const stopListening = onUserInput(() => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), idleAfterMs);
    });
    return () => {
      window.clearTimeout(timer);
      stopListening();
    };
  }, [idleAfterMs]);
  return idle;
}
