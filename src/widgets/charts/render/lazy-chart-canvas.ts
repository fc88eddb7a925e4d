import { lazy } from 'react';

/** The one way the chart code (recharts) is loaded: the dashboard's chart turns start it when the time comes. */
export const loadChartCanvas = () => import('./chart-canvas');

/** recharts stays out of the entry bundle: every view that draws a chart loads it through this. */
export const LazyChartCanvas = lazy(loadChartCanvas);
