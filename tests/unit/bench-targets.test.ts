import { describe, expect, it } from 'vitest';
import type { LighthouseRun } from '../../scripts/bench/lighthouse';
import { median, targetRows } from '../../scripts/bench/targets';

const run = (preset: 'mobile' | 'desktop', performance: number): LighthouseRun => ({
  preset,
  loadAverage: 0.5,
  performance,
  accessibility: 100,
  bestPractices: 100,
  fcpMs: 900,
  lcpMs: 1500,
  tbtMs: 120,
  cls: 0.01,
  lighthouseVersion: '12.2.3',
  failedAudits: [],
});
const runs = (count: number, mobile: number, desktop: number) => ({
  mobile: Array.from({ length: count }, () => run('mobile', mobile)),
  desktop: Array.from({ length: count }, () => run('desktop', desktop)),
});

describe('bench targets', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('calls a target met or not met from 5 runs', () => {
    const rows = targetRows({ mode: 'demo', runs: runs(5, 96, 90) });
    expect(rows[0]).toEqual(['demo', 'mobile performance ≥ 95', '96', '5', 'met']);
    expect(rows[1]).toEqual(['demo', 'TBT ≤ 200 ms', '120 ms', '5', 'met']);
    expect(rows[3]).toEqual(['demo', 'LCP ≤ 2.0 s', '1.50 s', '5', 'met']);
    expect(rows[6]).toEqual(['demo', 'desktop performance ≥ 98', '90', '5', 'not met']);
  });

  it('says "too few runs" below 5, whatever the median', () => {
    const rows = targetRows({ mode: 'live', runs: runs(4, 99, 99) });
    expect(rows.map((row) => row[4])).toEqual(Array.from({ length: 7 }, () => 'too few runs'));
    expect(rows[0]).toEqual(['live', 'mobile performance ≥ 95', '99', '4', 'too few runs']);
  });
});
