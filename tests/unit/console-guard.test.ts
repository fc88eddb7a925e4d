import { describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../mocks/node';
import { takeProblems } from '../setup/test-guards';

// The canaries for tests/setup/test-guards.ts: if these pass, a React warning or a request no mock answers fails
// the test that caused it. Each canary takes back what it recorded, or its own afterEach check would fail it.
describe('the test guards', () => {
  it('a deliberate console.error throws and is recorded as a failure of the test', () => {
    expect(() => console.error('canary', new Error('boom'))).toThrow('console.error was called: canary Error: boom');
    expect(takeProblems()).toEqual(['console.error was called: canary Error: boom']);
  });

  it('still guards after restoreMocks: a test may spy on console.error, and the next test is guarded again', () => {
    // restoreMocks (vite.config.ts) restored every spy before this test; the guard must be the function in place.
    expect(() => console.error('after restore')).toThrow('console.error was called: after restore');
    expect(takeProblems()).toHaveLength(1);
    const expected = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    console.error('an error this test expects');
    expect(expected).toHaveBeenCalledOnce();
    expect(takeProblems()).toEqual([]);
    expected.mockRestore();
    expect(() => console.error('restored')).toThrow('console.error was called: restored');
    expect(takeProblems()).toHaveLength(1);
  });

  it('a request no mock handler answers fails, even when the code that sent it swallows the error', async () => {
    // Positive control: a handled request is answered and records nothing.
    const handled = await fetch(`${TEST_API_BASE_URL}/report`);
    expect(handled.status).toBe(200);
    expect(takeProblems()).toEqual([]);

    const outcome = await fetch(`${TEST_API_BASE_URL}/no-such-endpoint`).then(
      async (response) => `${response.status} ${await response.text()}`,
      (error: unknown) => `rejected ${String(error)}`,
    );
    // msw answers a request whose handler threw with a 500 carrying the error: the app sees a server failure.
    expect(outcome).toMatch(/^500 .*unhandled request: GET http:\/\/localhost:3000\/api\/no-such-endpoint/);
    expect(takeProblems()).toEqual([`unhandled request: GET ${TEST_API_BASE_URL}/no-such-endpoint`]);
  });
});
