/** What counts as someone using the page: a pointer, wheel, key, touch or focus event anywhere on it. */
const INPUT_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

/** Calls `listener` at each input on the page; returns the function that stops listening. */
export function onUserInput(listener: () => void): () => void {
  for (const type of INPUT_EVENTS) window.addEventListener(type, listener, { passive: true });
  return () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, listener);
  };
}
