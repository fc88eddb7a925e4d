// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { arrayAt } from '../../src/lib/array-at-fallback';

describe('Array.prototype.at fallback (Chromium 89-91)', () => {
  const observations = ['2020年底', '2025年7月'];
  test.each([
    [-1, '2025年7月'],
    [0, '2020年底'],
    [1, '2025年7月'],
    [-2, '2020年底'],
    [2, undefined],
    [-3, undefined],
    [0.9, '2020年底'],
  ])('at(%d)', (index, expected) => {
    expect(arrayAt.call(observations, index)).toBe(expected);
  });
  test('an empty list has no last item', () => {
    expect(arrayAt.call([], -1)).toBeUndefined();
  });
});
