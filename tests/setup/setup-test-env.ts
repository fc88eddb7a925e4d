import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import { loadMessages } from '../../src/domain/i18n/messages';
import { failOnProblems, guardedConsoleError, recordUnhandledRequest } from './test-guards';

// Lazy chunks (charts, alerts) are transformed on first import; on a busy 2-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

// A console.error or an unhandled request is a bug: fail the test that caused it (tests/setup/test-guards.ts).
console.error = guardedConsoleError;
beforeAll(() => server.listen({ onUnhandledRequest: recordUnhandledRequest }));
// The app loads English text before it first shows English; tests that start in English need it ready too.
beforeAll(async () => {
  await loadMessages('en');
});
afterEach(() => {
  try {
    cleanup();
  } finally {
    server.resetHandlers();
    // Server tests (// @vitest-environment node) have no window.
    if (typeof window !== 'undefined') {
      window.localStorage.clear();
      window.history.replaceState(null, '', '/');
    }
  }
  failOnProblems();
});
afterAll(() => server.close());

// recharts measures its container with ResizeObserver; jsdom has none, so report a fixed size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const size = { inlineSize: 600, blockSize: 300 };
    this.callback(
      [
        {
          target,
          contentRect: { width: 600, height: 300 },
          borderBoxSize: [size],
          contentBoxSize: [size],
        } as unknown as ResizeObserverEntry,
      ],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no IntersectionObserver: report every element as on screen, so charts draw in component tests.
class AlwaysVisibleIntersectionObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, isIntersecting: true, intersectionRatio: 1 } as unknown as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
globalThis.IntersectionObserver = AlwaysVisibleIntersectionObserver as unknown as typeof IntersectionObserver;
