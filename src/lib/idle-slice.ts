/**
 * Runs `work` when the browser is next idle (or after `timeoutMs` at the latest, so a page that is never idle still
 * gets there). Safari has no requestIdleCallback: it gets a short timer. Returns a cancel function.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  /* eslint-disable compat/compat -- only reached where the typeof check below found requestIdleCallback. */
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 50);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => work(), { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
  /* eslint-enable compat/compat */
}

/** Runs `work` once the frame now being prepared has been laid out and painted. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A queue that lets one waiting task run per idle slice once opened (or per `wait`: one per painted frame, say):
 * heavy work (a chart's commit, an area's cards) never piles into one long task. A task calls `done` when its work
 * has committed, and only then is the next one scheduled.
 */
export interface IdleTurns {
  open(): void;
  /**
   * Queues a task; it receives `done`. Returns a function that withdraws it while it waits, or releases its turn
   * (as `done` does) once it has run.
   */
  request(task: (done: () => void) => void): () => void;
}

export function createIdleTurns(wait: (work: () => void) => () => void = whenIdle): IdleTurns {
  const waiting: ((done: () => void) => void)[] = [];
  let opened = false;
  let busy = false;
  let cancelPending: (() => void) | undefined;

  function next() {
    if (!opened || busy || cancelPending || waiting.length === 0) return;
    cancelPending = wait(() => {
      cancelPending = undefined;
      const task = waiting.shift();
      if (!task) return;
      busy = true;
      let released = false;
      task(() => {
        if (released) return;
        released = true;
        busy = false;
        next();
      });
    });
  }

  return {
    open() {
      opened = true;
      next();
    },
    request(task) {
      let finished: (() => void) | undefined;
      const wrapped = (done: () => void) => {
        finished = done;
        task(done);
      };
      waiting.push(wrapped);
      next();
      return () => {
        const index = waiting.indexOf(wrapped);
        if (index >= 0) waiting.splice(index, 1);
        finished?.();
      };
    },
  };
}
