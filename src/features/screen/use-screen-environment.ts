import { useCallback, useSyncExternalStore } from 'react';

function subscribeToResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

let lastViewport = { width: 0, height: 0 };
function viewportSnapshot() {
  const { innerWidth: width, innerHeight: height } = window;
  if (width !== lastViewport.width || height !== lastViewport.height) lastViewport = { width, height };
  return lastViewport;
}

export function useViewportSize(): { width: number; height: number } {
  return useSyncExternalStore(subscribeToResize, viewportSnapshot);
}

/** Read once: a screen that starts to rotate when the setting is on would defeat it. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function subscribeToFullscreen(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/* eslint-disable compat/compat -- Safari before 16.4 has no unprefixed Fullscreen API: fullscreenEnabled is undefined there, so `supported` is false and the button is not shown. */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribeToFullscreen, () => Boolean(document.fullscreenElement));
  const toggle = useCallback(() => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // Refused (no user gesture, or a kiosk policy): the button simply stays as it was.
    request.catch(() => undefined);
  }, []);
  return { supported: document.fullscreenEnabled === true, active, toggle };
}
/* eslint-enable compat/compat */
