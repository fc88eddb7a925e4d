import { useEffect, useMemo, useReducer } from 'react';
import { onUserInput } from '@/lib/user-input';
import { cycleReducer, initialCycleState, nextDeadline, type CycleState } from './area-cycle';

export interface AreaCycle {
  state: CycleState;
  /** The same functions at every render, so tiles given them can skip rendering when nothing of theirs changed. */
  move: (step: number) => void;
  select: (index: number) => void;
  togglePause: () => void;
}

/**
 * Moves the highlight every cycleMs; any pointer, key or focus event on the page holds it for RESUME_AFTER_MS.
 * Arrow keys (and Home/End) move between areas from anywhere on the screen.
 */
export function useAreaCycle(count: number, startPaused: () => boolean, cycleMs: number): AreaCycle {
  const [state, dispatch] = useReducer(cycleReducer, undefined, () =>
    initialCycleState(count, Date.now(), startPaused(), cycleMs),
  );

  // One timer, set for the moment the state next changes by itself, not a tick polling for it: a wall waits 15 s
  // between two wake-ups. It is a setInterval cleared at its first call, so tests can fake the rotation's clock
  // alone (setInterval and Date) while React and the queries keep their real setTimeout.
  const deadline = nextDeadline(state);
  useEffect(() => {
    if (deadline === undefined) return undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    const wait = () => {
      clearInterval(timer);
      timer = setInterval(
        () => {
          // A timer may fire a moment early by Date's reckoning: wait out the rest rather than miss the step.
          if (Date.now() < deadline) wait();
          else {
            clearInterval(timer);
            dispatch({ type: 'tick', now: Date.now() });
          }
        },
        Math.max(0, deadline - Date.now()),
      );
    };
    wait();
    return () => clearInterval(timer);
  }, [deadline]);

  useEffect(() => {
    const stopListening = onUserInput(() => dispatch({ type: 'interact', now: Date.now() }));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const now = Date.now();
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') dispatch({ type: 'move', step: 1, now });
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') dispatch({ type: 'move', step: -1, now });
      else if (event.key === 'Home') dispatch({ type: 'select', index: 0, now });
      else if (event.key === 'End') dispatch({ type: 'select', index: count - 1, now });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stopListening();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [count]);

  const actions = useMemo(
    () => ({
      move: (step: number) => dispatch({ type: 'move', step, now: Date.now() }),
      select: (index: number) => dispatch({ type: 'select', index, now: Date.now() }),
      togglePause: () => dispatch({ type: 'toggle-pause', now: Date.now() }),
    }),
    [],
  );
  return { state, ...actions };
}
