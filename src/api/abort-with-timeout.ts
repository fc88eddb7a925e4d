export interface TimedSignal {
  signal: AbortSignal;
  /** True once the time ran out (as opposed to the caller cancelling). */
  timedOut(): boolean;
  /** Stops the timer and the link to the caller's signal; call when the request has finished. */
  dispose(): void;
}

/**
 * Timeout plus the caller's cancellation in one signal, from AbortController alone: AbortSignal.timeout (Chromium
 * 103) and AbortSignal.any (Chromium 116) are newer than the support policy's oldest browsers.
 */
export function abortWithTimeout(timeoutMs: number, cancel?: AbortSignal): TimedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onCancel = () => controller.abort(cancel?.reason);
  if (cancel?.aborted) onCancel();
  else cancel?.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      cancel?.removeEventListener('abort', onCancel);
    },
  };
}
