import { describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { withIllustrativeSeries } from '../../mocks/data/illustrative-series';

const seriesOf = (id: string) => {
  const indicator = indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return withIllustrativeSeries(indicator);
};

describe('the illustrative series are plausible', () => {
  it.each([
    ['5g-user-penetration', '2019-11-30'],
    ['5g-traffic-share', '2019-11-30'],
    ['5g-base-stations', '2019-11-30'],
    ['5g-base-stations-per-10k-people', '2019-11-30'],
    ['gigabit-broadband-users', '2019-11-30'],
    ['gigabit-cities', '2019-11-30'],
    ['village-5g-reach', '2019-11-30'],
    // A sum since 2021 starts in 2021.
    ['tourism-road-5g-base-stations', '2021-01-31'],
  ])('%s starts no earlier than 5G’s commercial launch (November 2019) and never falls', (id, start) => {
    const observations = seriesOf(id).observations;
    expect(observations[0]?.date).toBe(start);
    for (const [index, observation] of observations.entries()) {
      if (index > 0) expect(observation.value).toBeGreaterThanOrEqual(observations[index - 1]?.value ?? 0);
    }
  });

  it('a 5G share is small in its first month and ends on the article’s figure', () => {
    const penetration = seriesOf('5g-user-penetration').observations;
    expect(penetration[0]?.value).toBeLessThan(5);
    expect(penetration.at(-1)).toMatchObject({ date: '2025-07-31', value: 80.5 });
    // Positive control: a series from before 5G still starts ten years back.
    expect(seriesOf('mobile-phone-users').observations[0]?.date).toBe('2015-08-31');
  });

  it('the gigabit share of fixed broadband never falls from month to month', () => {
    const gigabit = seriesOf('gigabit-broadband-users').observations;
    const fixed = new Map(seriesOf('fixed-broadband-users').observations.map((point) => [point.date, point.value]));
    const shares = gigabit.flatMap((point) => {
      const whole = fixed.get(point.date);
      return whole ? [point.value / whole] : [];
    });
    expect(shares.length).toBeGreaterThan(60);
    for (const [index, share] of shares.entries()) {
      if (index > 0) expect(share).toBeGreaterThanOrEqual(shares[index - 1] ?? 0);
    }
    expect(gigabit.at(-1)).toMatchObject({ date: '2025-07-31', value: 465.2 });
  });
});
