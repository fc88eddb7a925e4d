import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useReport } from '@/api/get-report';
import { afterNextPaint, createIdleTurns, type IdleTurns } from '@/lib/idle-slice';
import { ChartTurnsProvider } from '@/widgets/charts/render/chart-turns';

/**
 * The performance mark set once every area's cards (or its error) are laid out and painted. What waits for the first
 * screen (the chart code, the charts) starts after it, and the browser tests read it to check what ran before.
 */
export const FIRST_SCREEN_MARK = 'first-screen-complete';

const AreaSettledContext = createContext<(areaId: string) => void>(() => undefined);
const FirstScreenCompleteContext = createContext(false);
const AreaTurnsContext = createContext<IdleTurns | null>(null);

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
 * True once an area whose data has arrived (`ready`) may commit its cards: one area per painted frame, in the order
 * their data came, so six areas never land in one long commit. The area calls `release` once its cards have
 * committed, and the next area's frame is asked for only then. Without a provider (an area on its own) at once.
 */
export function useAreaTurn(ready: boolean): [granted: boolean, release: () => void] {
  const turns = useContext(AreaTurnsContext);
  const [granted, setGranted] = useState(false);
  const turn = useRef<() => void>(undefined);
  useEffect(() => {
    if (!turns || !ready || turn.current) return;
    turn.current = turns.request(() => setGranted(true));
  }, [turns, ready]);
  // An area gone while it waits or holds its turn: the queue moves on.
  useEffect(
    () => () => {
      turn.current?.();
      turn.current = undefined;
    },
    [],
  );
  const release = useCallback(() => turn.current?.(), []);
  return [turns ? granted : ready, release];
}

/**
 * The dashboard's first screen, then its charts: recharts loads, and the charts draw one per idle slice, only once
 * every area's cards are on screen.
 */
export function FirstScreenTurns({ children }: { children: ReactNode }) {
  const [complete, settleArea] = useFirstScreenComplete(useReport().data?.areas.length);
  const areaTurns = useMemo(() => {
    const created = createIdleTurns(afterNextPaint);
    created.open();
    return created;
  }, []);
  return (
    <AreaSettledContext.Provider value={settleArea}>
      <AreaTurnsContext.Provider value={areaTurns}>
        <FirstScreenCompleteContext.Provider value={complete}>
          <ChartTurnsProvider open={complete}>{children}</ChartTurnsProvider>
        </FirstScreenCompleteContext.Provider>
      </AreaTurnsContext.Provider>
    </AreaSettledContext.Provider>
  );
}
