import { afterEach } from 'vitest';
import { failOnProblems, guardedConsoleError } from './test-guards';

// A console.error in the service (an unexpected failure it logged) fails the test that caused it.
console.error = guardedConsoleError;
afterEach(() => failOnProblems());
