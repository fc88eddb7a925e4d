import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useReport } from '@/api/get-report';
import { afterNextPaint } from '@/lib/idle-slice';
import { ChartTurnsProvider } from '@/widgets/charts/render/chart-turns';

/**
 * The performance mark set once every area's cards (or its error) are laid out and painted. What waits for the first
 * screen (the chart code, the charts) starts after it, and the browser tests read it to check what ran before.
 */
export const FIRST_SCREEN_MARK = 'first-screen-complete';

const AreaSettledContext = createContext<(areaId: string) => void>(() => undefined);
const FirstScreenCompleteContext = createContext(false);

/** True once the first screen's cards are all laid out (the mark is set). */
export const useIsFirstScreenComplete = () => useContext(FirstScreenCompleteContext);

/** True once all `areaCount` areas have reported their cards settled and the page has painted them. */
function useFirstScreenComplete(areaCount: number | undefined): [boolean, (areaId: string) => void] {
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [complete, setComplete] = useState(false);
  const settle = useCallback(
    (areaId: string) => setSettled((current) => (current.has(areaId) ? current : new Set(current).add(areaId))),
    [],
  );
  const allSettled = areaCount !== undefined && settled.size >= areaCount;
  useEffect(() => {
    if (!allSettled || complete) return undefined;
    return afterNextPaint(() => {
      performance.mark(FIRST_SCREEN_MARK);
      setComplete(true);
    });
  }, [allSettled, complete]);
  return [complete, settle];
}

/** An area tells the dashboard once its cards (or its error) have committed. */
export function useReportAreaSettled(areaId: string, settled: boolean) {
  const settle = useContext(AreaSettledContext);
  useEffect(() => {
    if (settled) settle(areaId);
  }, [areaId, settled, settle]);
}

/**
 * The dashboard's first screen, then its charts: recharts loads, and the charts draw one per idle slice, only once
 * every area's cards are on screen.
 */
export function FirstScreenTurns({ children }: { children: ReactNode }) {
  const [complete, settleArea] = useFirstScreenComplete(useReport().data?.areas.length);
  return (
    <AreaSettledContext.Provider value={settleArea}>
      <FirstScreenCompleteContext.Provider value={complete}>
        <ChartTurnsProvider open={complete}>{children}</ChartTurnsProvider>
      </FirstScreenCompleteContext.Provider>
    </AreaSettledContext.Provider>
  );
}
