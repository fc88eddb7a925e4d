/**
 * What makes a test fail although its assertions pass: a console.error (React warnings, act() warnings, failed
 * prop types) and a request no mock handler answers. Both are recorded and checked after each test, because the
 * code that triggers them (React's scheduler, a query's catch) often swallows what is thrown at the call site.
 *
 * console.error is replaced by a plain function, not a vi.spyOn spy: `restoreMocks` restores every spy before each
 * test, which silently switched the old spy-based guard off. A test that expects an error may still spy on
 * console.error; restoring that spy brings this guard back.
 */
const problems: string[] = [];

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

export function guardedConsoleError(...args: unknown[]): never {
  const problem = `console.error was called: ${args.map(describe).join(' ')}`;
  problems.push(problem);
  throw new Error(problem);
}

/** msw's onUnhandledRequest callback: record the request; msw answers it with a 500 that carries this error. */
export function recordUnhandledRequest(request: Request): never {
  const problem = `unhandled request: ${request.method} ${request.url}`;
  problems.push(problem);
  throw new Error(problem);
}

/** Empties the record and returns what it held: the canary test reads it, the afterEach hook fails on it. */
export function takeProblems(): string[] {
  return problems.splice(0);
}

export function failOnProblems(): void {
  const found = takeProblems();
  if (found.length > 0) throw new Error(`This test passed its assertions but:\n- ${found.join('\n- ')}`);
}
