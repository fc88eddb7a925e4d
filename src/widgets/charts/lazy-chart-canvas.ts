import { lazy } from 'react';

/** recharts stays out of the entry bundle: every view that draws a chart loads it through this. */
export const LazyChartCanvas = lazy(() => import('./chart-canvas'));
