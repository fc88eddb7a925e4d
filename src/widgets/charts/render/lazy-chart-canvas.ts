import { lazy } from 'react';

const loadChartCanvas = () => import('./chart-canvas');

/** recharts stays out of the entry bundle: every view that draws a chart loads it through this. */
export const LazyChartCanvas = lazy(loadChartCanvas);

/**
 * Fetches and evaluates the chart code when the browser is idle, so a chart the reader scrolls to draws without
 * waiting for it, while the first screen's work is never delayed by recharts.
 */
export function preloadChartCanvasWhenIdle(): () => void {
  const load = () => void loadChartCanvas();
  // Safari has no requestIdleCallback: it gets the timer.
  /* eslint-disable compat/compat -- only reached where the typeof check below found requestIdleCallback. */
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(load, 2000);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(load, { timeout: 5000 });
  return () => window.cancelIdleCallback(handle);
  /* eslint-enable compat/compat */
}
