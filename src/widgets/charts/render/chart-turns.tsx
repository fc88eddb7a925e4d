import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createIdleTurns, type IdleTurns } from '@/lib/idle-slice';
import { loadChartCanvas } from './lazy-chart-canvas';

/** Without a provider (the big screen, the report, an embed) a chart draws at once: it is the page's content. */
const ChartTurnsContext = createContext<IdleTurns | null>(null);

/**
 * On the dashboard charts wait their turn: nothing of recharts is fetched or evaluated until `open` (the first
 * screen is complete), then its code loads in one idle slice and each chart commits in an idle slice of its own.
 */
export function ChartTurnsProvider({ open, children }: { open: boolean; children: ReactNode }) {
  const turns = useMemo(() => {
    const created = createIdleTurns();
    // The first turn only loads and evaluates the chart code; the charts' turns queue behind it.
    created.request((done) => void loadChartCanvas().then(done, done));
    return created;
  }, []);
  useEffect(() => {
    if (open) turns.open();
  }, [open, turns]);
  return <ChartTurnsContext.Provider value={turns}>{children}</ChartTurnsContext.Provider>;
}

/**
 * True once the chart may draw: at once without a provider, otherwise when its turn comes (it asks only while
 * `wanted`, i.e. near the viewport). Printing draws every chart without waiting.
 */
export function useChartTurn(wanted: boolean): boolean {
  const turns = useContext(ChartTurnsContext);
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!turns || !wanted || granted) return undefined;
    // The cleanup withdraws the request, or, once granted, releases the turn: it runs as the chart commits, so the
    // next chart's idle slice is asked for only then.
    return turns.request(() => setGranted(true));
  }, [turns, wanted, granted]);
  useEffect(() => {
    if (!turns) return undefined;
    const printAll = () => setGranted(true);
    window.addEventListener('beforeprint', printAll);
    return () => window.removeEventListener('beforeprint', printAll);
  }, [turns]);
  return turns ? granted : wanted;
}
