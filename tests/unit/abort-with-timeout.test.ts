// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { abortWithTimeout } from '../../src/api/abort-with-timeout';

describe('abortWithTimeout (AbortController only, for browsers without AbortSignal.timeout/any)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('aborts when the time runs out and says it timed out', () => {
    const timed = abortWithTimeout(1000);
    vi.advanceTimersByTime(999);
    expect(timed.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(timed.signal.aborted).toBe(true);
    expect(timed.timedOut()).toBe(true);
  });

  test('aborts with the caller’s reason when the caller cancels, and that is not a timeout', () => {
    const caller = new AbortController();
    const timed = abortWithTimeout(1000, caller.signal);
    caller.abort('left the page');
    expect(timed.signal.aborted).toBe(true);
    expect(timed.signal.reason).toBe('left the page');
    expect(timed.timedOut()).toBe(false);
  });

  test('starts aborted when the caller’s signal already is', () => {
    const caller = new AbortController();
    caller.abort();
    expect(abortWithTimeout(1000, caller.signal).signal.aborted).toBe(true);
  });

  test('after dispose neither the timer nor the caller aborts it', () => {
    const caller = new AbortController();
    const timed = abortWithTimeout(1000, caller.signal);
    timed.dispose();
    vi.advanceTimersByTime(5000);
    caller.abort();
    expect(timed.signal.aborted).toBe(false);
    expect(timed.timedOut()).toBe(false);
  });
});
