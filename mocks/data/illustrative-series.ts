import type { Indicator, Observation } from '../../src/api/schemas';
import { AS_OF, BASELINE } from './dates';

/**
 * The `series` scenario's data: monthly series, invented for the IT team to see how a real statistics API's
 * history looks on the page. They pass through the article's own points (the latest value and, where the article
 * gives one, the end-of-2020 baseline) and are smooth, made-up curves everywhere else. Every indicator and the
 * report carry `illustrative: true`, so the page marks them 模拟序列（非真实数据） and credits no source.
 */

/** Ten years of months, the length a provincial statistics API typically returns. */
export const ILLUSTRATIVE_MONTHS = 120;

/**
 * 5G went commercial in China in November 2019, and gigabit broadband was rolled out with it: a 5G or gigabit
 * series starts then, near zero, and only rises (a falling gigabit share or a 5G share in 2016 is not plausible).
 */
export const COMMERCIAL_LAUNCH = '2019-11-30';
const startsAtLaunch = (indicator: Indicator) => /(^|-)(5g|gigabit)(-|$)/.test(indicator.id);
/** What a launched technology has in its first month, as a share of its first figure in the article. */
const AT_LAUNCH = 0.02;

const monthIndexOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The last day of a month, the date monthly statistics are usually reported for. */
function monthEnd(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

function plausible(indicator: Indicator, value: number): number {
  const floored = Math.max(0, value);
  return indicator.unit === 'percent' ? Math.min(100, floored) : floored;
}

/**
 * A deterministic made-up value between two anchors: no randomness, so every run serves the same data. Straight
 * between the article's points: the sector's counts and shares grew steadily, and a seasonal swing made shares
 * computed from two series (gigabit ÷ fixed broadband) fall in some months, which they did not.
 */
function between(from: number, to: number, share: number): number {
  return from + (to - from) * share;
}

/** A new technology's take-up: near zero at launch, rising ever faster to the article's first figure, then on to the latest. */
function launchedValue(month: number, months: number[], latest: number, baseline?: Observation): number {
  const first = months[0] ?? month;
  const last = months.at(-1) ?? month;
  const firstAnchor = baseline ?? { date: monthEnd(last), value: latest };
  const anchorMonth = monthIndexOf(firstAnchor.date);
  if (month <= anchorMonth) {
    const share = (month - first) / Math.max(anchorMonth - first, 1);
    return firstAnchor.value * (AT_LAUNCH + (1 - AT_LAUNCH) * share ** 1.6);
  }
  const share = (month - anchorMonth) / Math.max(last - anchorMonth, 1);
  return firstAnchor.value + (latest - firstAnchor.value) * share;
}

function syntheticValue(indicator: Indicator, month: number, months: number[], latest: number, baseline?: Observation) {
  const first = months[0] ?? month;
  const last = months.at(-1) ?? month;
  const step = month - first;
  if (indicator.unit === 'year') return latest;
  if (indicator.unit === 'rank') {
    // Each rank drifts on its own slow cycle (phase from its id), ending on the article's rank.
    const phase = [...indicator.id].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 7;
    const drift = 1.4 * Math.sin(step * 0.11 + phase) + 0.6 * Math.sin(step * 0.037 + phase * 2);
    return Math.max(1, latest + Math.round(drift * (1 - step / months.length)));
  }
  if (indicator.measure === 'cumulative-since-2021') return latest * ((step + 1) / months.length) ** 1.15;
  if (startsAtLaunch(indicator)) return launchedValue(month, months, latest, baseline);
  if (!baseline) return between(latest * 0.7, latest, step / (last - first));
  const baselineMonth = monthIndexOf(baseline.date);
  const slopePerMonth = (latest - baseline.value) / (last - baselineMonth);
  const start = Math.max(baseline.value * 0.3, baseline.value - slopePerMonth * (baselineMonth - first) * 0.5);
  return month <= baselineMonth
    ? between(start, baseline.value, step / (baselineMonth - first))
    : between(baseline.value, latest, (month - baselineMonth) / (last - baselineMonth));
}

/** The indicator with a monthly series ending on the article's latest value (and through its baseline). */
export function withIllustrativeSeries(indicator: Indicator, monthCount = ILLUSTRATIVE_MONTHS): Indicator {
  const latest = indicator.observations.at(-1);
  if (!latest) return indicator;
  const baseline = indicator.observations.find((observation) => observation.date === BASELINE);
  const lastMonth = monthIndexOf(AS_OF);
  // A sum since 2021 has no value before 2021.
  const firstMonth =
    indicator.measure === 'cumulative-since-2021'
      ? monthIndexOf('2021-01-31')
      : startsAtLaunch(indicator)
        ? monthIndexOf(COMMERCIAL_LAUNCH)
        : lastMonth - monthCount + 1;
  const months = Array.from({ length: lastMonth - firstMonth + 1 }, (_, index) => firstMonth + index);
  const digits = decimalsOf(latest.value);
  const observations = months.map((month): Observation => {
    const date = monthEnd(month);
    if (date === latest.date) return latest;
    if (baseline && date === baseline.date) return baseline;
    const value = plausible(indicator, syntheticValue(indicator, month, months, latest.value, baseline));
    return { date, value: Number(value.toFixed(digits)), derived: false, bound: 'exact' };
  });
  return { ...indicator, frequency: 'monthly', illustrative: true, observations };
}
