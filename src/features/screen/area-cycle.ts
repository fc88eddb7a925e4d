/** How the big screen moves its highlight through the areas, and when it holds still. Pure, so tests need no timers. */

/** The default time on each area: long enough to read its tile and two charts (config.json screenCycleSeconds). */
export const CYCLE_MS = 15_000;
/** After the last touch, key press or focus, the screen waits this long before it moves on by itself. */
export const RESUME_AFTER_MS = 15_000;
/** Pointer moves arrive many times a second; one update a second is enough to keep the pause going. */
const INTERACTION_REFRESH_MS = 1000;

export interface CycleState {
  index: number;
  count: number;
  lastAdvanceAt: number;
  interactedAt: number;
  pausedByInteraction: boolean;
  pausedByUser: boolean;
  /** Time on each area before the highlight moves on. */
  cycleMs: number;
  /** Who moved the highlight last: focus follows it only when a person did, never on the timer. */
  changedBy: 'timer' | 'person';
}

export type CycleEvent =
  | { type: 'tick'; now: number }
  | { type: 'interact'; now: number }
  | { type: 'move'; step: number; now: number }
  | { type: 'select'; index: number; now: number }
  | { type: 'toggle-pause'; now: number };

export type CycleStatus = 'running' | 'paused-by-interaction' | 'paused-by-user';

export function initialCycleState(count: number, now: number, startPaused: boolean, cycleMs = CYCLE_MS): CycleState {
  return {
    index: 0,
    count,
    lastAdvanceAt: now,
    interactedAt: now,
    pausedByInteraction: false,
    pausedByUser: startPaused,
    cycleMs,
    changedBy: 'timer',
  };
}

export function cycleStatus(state: CycleState): CycleStatus {
  if (state.pausedByUser) return 'paused-by-user';
  return state.pausedByInteraction ? 'paused-by-interaction' : 'running';
}

/**
 * When the state will next change by itself (the time to move on, or to resume after an interaction), so one timer
 * can wait for exactly that moment; undefined while paused by the user, when nothing happens until someone acts.
 */
export function nextDeadline(state: CycleState): number | undefined {
  if (state.pausedByUser) return undefined;
  if (state.pausedByInteraction) return state.interactedAt + RESUME_AFTER_MS;
  return state.lastAdvanceAt + state.cycleMs;
}

const wrap = (index: number, count: number) => (count > 0 ? ((index % count) + count) % count : 0);

function interact(state: CycleState, now: number): CycleState {
  if (state.pausedByInteraction && now - state.interactedAt < INTERACTION_REFRESH_MS) return state;
  return { ...state, pausedByInteraction: true, interactedAt: now };
}

/** Returns the same object when nothing changes, so React skips the render. */
export function cycleReducer(state: CycleState, event: CycleEvent): CycleState {
  switch (event.type) {
    case 'tick': {
      if (state.pausedByUser) return state;
      if (state.pausedByInteraction) {
        if (event.now - state.interactedAt < RESUME_AFTER_MS) return state;
        return { ...state, pausedByInteraction: false, lastAdvanceAt: event.now };
      }
      if (event.now - state.lastAdvanceAt < state.cycleMs) return state;
      return { ...state, index: wrap(state.index + 1, state.count), lastAdvanceAt: event.now, changedBy: 'timer' };
    }
    case 'interact':
      return interact(state, event.now);
    case 'move':
      return { ...interact(state, event.now), index: wrap(state.index + event.step, state.count), changedBy: 'person' };
    case 'select':
      return { ...interact(state, event.now), index: wrap(event.index, state.count), changedBy: 'person' };
    case 'toggle-pause':
      return state.pausedByUser
        ? { ...state, pausedByUser: false, pausedByInteraction: false, lastAdvanceAt: event.now }
        : { ...state, pausedByUser: true };
  }
}
