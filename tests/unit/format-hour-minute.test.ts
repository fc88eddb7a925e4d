import { describe, expect, it } from 'vitest';
import { formatHourMinute } from '../../src/domain/format';

describe('formatHourMinute', () => {
  it('writes 更新于 times as 24-hour HH:MM in both languages', () => {
    const afternoon = new Date(2025, 7, 30, 14, 5, 59).getTime();
    const morning = new Date(2025, 7, 30, 0, 7).getTime();
    expect(formatHourMinute(afternoon, 'zh')).toBe('14:05');
    expect(formatHourMinute(afternoon, 'en')).toBe('14:05');
    expect(formatHourMinute(morning, 'en')).toBe('00:07');
  });
});
