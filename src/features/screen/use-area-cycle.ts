import { useEffect, useReducer } from 'react';
import { cycleReducer, initialCycleState, type CycleState } from './area-cycle';

const TICK_MS = 250;
const INTERACTION_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

export interface AreaCycle {
  state: CycleState;
  move: (step: number) => void;
  select: (index: number) => void;
  togglePause: () => void;
}

/**
 * Moves the highlight every cycleMs; any pointer, key or focus event on the page holds it for RESUME_AFTER_MS.
 * Arrow keys (and Home/End) move between areas from anywhere on the screen.
 */
export function useAreaCycle(count: number, startPaused: boolean, cycleMs: number): AreaCycle {
  const [state, dispatch] = useReducer(cycleReducer, undefined, () =>
    initialCycleState(count, Date.now(), startPaused, cycleMs),
  );

  useEffect(() => {
    const timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const onInteraction = () => dispatch({ type: 'interact', now: Date.now() });
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
    for (const type of INTERACTION_EVENTS) window.addEventListener(type, onInteraction, { passive: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      for (const type of INTERACTION_EVENTS) window.removeEventListener(type, onInteraction);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [count]);

  return {
    state,
    move: (step) => dispatch({ type: 'move', step, now: Date.now() }),
    select: (index) => dispatch({ type: 'select', index, now: Date.now() }),
    togglePause: () => dispatch({ type: 'toggle-pause', now: Date.now() }),
  };
}
