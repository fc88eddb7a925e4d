import { describe, expect, it } from 'vitest';
import { cycleSeconds } from '../../src/features/screen/cycle-seconds';
import { indicators, report } from '../../mocks/data';
import { routeFor } from '../../src/app/routes';
import { layoutChartImage, wrapText } from '../../src/widgets/charts/export/chart-image-layout';
import { embedTheme, parseEmbedTarget } from '../../src/features/embed/embed-target';
import { chartEmbedId, permalinkUrl } from '../../src/widgets/permalink/permalink-url';
import { groupByQuote } from '../../src/features/report/quote-groups';
import {
  cycleReducer,
  cycleStatus,
  initialCycleState,
  nextDeadline,
  type CycleEvent,
  type CycleState,
} from '../../src/features/screen/area-cycle';
import { fitCanvas } from '../../src/features/screen/fit-canvas';
import { numeralFontSize } from '../../src/features/screen/numeral-size';
import { areaHeadlineIds } from '../../src/widgets/indicators/area-headlines';
import { areaHeadlineFigures } from '../fixtures/article-figures';

describe('routes', () => {
  it('picks the page from the path below the base URL', () => {
    expect(routeFor('/', '/')).toEqual({ page: 'dashboard' });
    expect(routeFor('/screen', '/')).toEqual({ page: 'screen' });
    expect(routeFor('/screen/', '/')).toEqual({ page: 'screen' });
    expect(routeFor('/report', '/')).toEqual({ page: 'report' });
    expect(routeFor('/embed/mobile-phone-users', '/')).toEqual({ page: 'embed', embedId: 'mobile-phone-users' });
    expect(routeFor('/embed/chart-users-growth', '/')).toEqual({ page: 'embed', embedId: 'chart-users-growth' });
    expect(routeFor('/dash/report', '/dash/')).toEqual({ page: 'report' });
    expect(routeFor('/dash/', '/dash/')).toEqual({ page: 'dashboard' });
  });

  it('sends an embed path without an id, or with more segments, to the not-found message', () => {
    expect(routeFor('/embed/', '/')).toEqual({ page: 'embed', embedId: '' });
    expect(routeFor('/embed/a/b', '/')).toEqual({ page: 'embed', embedId: '' });
    expect(routeFor('/embed/%E0%A4%A', '/')).toEqual({ page: 'embed', embedId: '%E0%A4%A' });
  });

  it('shows the dashboard for any other path', () => {
    expect(routeFor('/elsewhere', '/')).toEqual({ page: 'dashboard' });
    expect(routeFor('/screen/extra', '/')).toEqual({ page: 'dashboard' });
  });
});

describe('permalinks and embed targets', () => {
  it('builds the embed address with the language, under the base URL', () => {
    expect(permalinkUrl('mobile-phone-users', 'zh', 'http://localhost:4173', '/')).toBe(
      'http://localhost:4173/embed/mobile-phone-users?lang=zh',
    );
    expect(permalinkUrl(chartEmbedId('users-growth'), 'en', 'https://example.org', '/dash/')).toBe(
      'https://example.org/dash/embed/chart-users-growth?lang=en',
    );
  });

  it('tells charts from indicators and refuses ids the contract cannot hold', () => {
    expect(parseEmbedTarget('chart-users-growth')).toMatchObject({ kind: 'chart', definition: { id: 'users-growth' } });
    expect(parseEmbedTarget('chart-no-such-chart')).toEqual({ kind: 'unknown' });
    expect(parseEmbedTarget('mobile-phone-users')).toEqual({ kind: 'indicator', indicatorId: 'mobile-phone-users' });
    expect(parseEmbedTarget('../report')).toEqual({ kind: 'unknown' });
    expect(parseEmbedTarget('')).toEqual({ kind: 'unknown' });
  });

  it('reads ?theme= and follows the system otherwise', () => {
    expect(embedTheme('?theme=dark')).toBe('dark');
    expect(embedTheme('?lang=en&theme=light')).toBe('light');
    expect(embedTheme('?theme=purple')).toBe('system');
    expect(embedTheme('')).toBe('system');
  });
});

describe('the big screen', () => {
  it('scales the 1920 × 1080 canvas to fit, centred, keeping its ratio', () => {
    expect(fitCanvas({ width: 1920, height: 1080 })).toEqual({ scale: 1, left: 0, top: 0 });
    const laptop = fitCanvas({ width: 1366, height: 768 });
    expect(laptop.scale).toBeCloseTo(768 / 1080, 6);
    expect(laptop.left).toBeCloseTo((1366 - 1920 * (768 / 1080)) / 2, 6);
    expect(laptop.top).toBe(0);
    expect(fitCanvas({ width: 1280, height: 1024 })).toEqual({ scale: 1280 / 1920, left: 0, top: (1024 - 720) / 2 });
    expect(fitCanvas({ width: 3840, height: 2160 }).scale).toBe(2);
  });

  it('leads each area with the number the article opens that area with', () => {
    expect(areaHeadlineIds).toEqual(areaHeadlineFigures);
    for (const area of report.areas) {
      const indicator = indicators.find((candidate) => candidate.id === areaHeadlineIds[area.id]);
      expect(indicator?.area, area.id).toBe(area.id);
    }
  });

  it('sizes numerals to fit a line, up to the maximum', () => {
    expect(numeralFontSize('96%', 450, 76)).toBe(76);
    const long = numeralFontSize('CNY 74.626 billion', 450, 76);
    expect(long).toBeLessThan(76);
    expect(long).toBeGreaterThanOrEqual(24);
  });
});

describe('the area rotation', () => {
  const start = 1_000_000;
  // The default rotation, written out: a new area every 15 s, held for 15 s after the last interaction.
  const EVERY_MS = 15_000;
  const RESUME_MS = 15_000;
  const run = (state: CycleState, ...events: CycleEvent[]) => events.reduce(cycleReducer, state);

  it('moves to the next area every cycle and wraps around', () => {
    let state = initialCycleState(6, start, false);
    state = run(state, { type: 'tick', now: start + EVERY_MS - 1 });
    expect(state.index).toBe(0);
    state = run(state, { type: 'tick', now: start + EVERY_MS });
    expect(state.index).toBe(1);
    for (let cycle = 2; cycle <= 6; cycle += 1) state = run(state, { type: 'tick', now: start + cycle * EVERY_MS });
    expect(state.index).toBe(0);
  });

  it('holds still while someone interacts, and resumes a while after the last interaction', () => {
    let state = run(initialCycleState(6, start, false), { type: 'interact', now: start + 1000 });
    expect(cycleStatus(state)).toBe('paused-by-interaction');
    state = run(state, { type: 'tick', now: start + 1000 + RESUME_MS - 1 });
    expect(cycleStatus(state)).toBe('paused-by-interaction');
    expect(state.index).toBe(0);
    const resumedAt = start + 1000 + RESUME_MS;
    state = run(state, { type: 'tick', now: resumedAt });
    expect(cycleStatus(state)).toBe('running');
    expect(state.index).toBe(0);
    state = run(state, { type: 'tick', now: resumedAt + EVERY_MS });
    expect(state.index).toBe(1);
  });

  it('moves with the arrow keys in both directions and counts that as interaction', () => {
    const state = run(initialCycleState(6, start, false), { type: 'move', step: -1, now: start });
    expect(state.index).toBe(5);
    expect(cycleStatus(state)).toBe('paused-by-interaction');
    expect(run(state, { type: 'move', step: 1, now: start + 10 }).index).toBe(0);
    expect(run(state, { type: 'select', index: 3, now: start + 10 }).index).toBe(3);
    expect(state.changedBy).toBe('person');
    const resumed = run(
      state,
      { type: 'tick', now: start + RESUME_MS },
      { type: 'tick', now: start + RESUME_MS + EVERY_MS },
    );
    expect(resumed.changedBy).toBe('timer');
  });

  it('stays paused by the pause button until it is pressed again', () => {
    let state = run(initialCycleState(6, start, false), { type: 'toggle-pause', now: start });
    state = run(state, { type: 'tick', now: start + 10 * RESUME_MS });
    expect(cycleStatus(state)).toBe('paused-by-user');
    expect(state.index).toBe(0);
    state = run(
      state,
      { type: 'interact', now: start + 11 * RESUME_MS },
      { type: 'toggle-pause', now: start + 11 * RESUME_MS },
    );
    expect(cycleStatus(state)).toBe('running');
  });

  it('starts paused when asked to (reduced motion)', () => {
    expect(cycleStatus(initialCycleState(6, start, true))).toBe('paused-by-user');
  });

  it('names the moment the state next changes by itself, where a tick there changes it and a tick before does not', () => {
    const running = initialCycleState(6, start, false);
    expect(nextDeadline(running)).toBe(start + EVERY_MS);
    expect(run(running, { type: 'tick', now: start + EVERY_MS - 1 })).toBe(running);
    const moved = run(running, { type: 'tick', now: start + EVERY_MS });
    expect(moved.index).toBe(1);
    expect(nextDeadline(moved)).toBe(start + 2 * EVERY_MS);
    const held = run(moved, { type: 'interact', now: start + EVERY_MS + 500 });
    expect(nextDeadline(held)).toBe(start + EVERY_MS + 500 + RESUME_MS);
    expect(cycleStatus(run(held, { type: 'tick', now: start + EVERY_MS + 500 + RESUME_MS }))).toBe('running');
    // Paused by the button, nothing happens until someone presses it again: no timer at all.
    expect(nextDeadline(run(running, { type: 'toggle-pause', now: start }))).toBeUndefined();
  });

  it('returns the same state when nothing changes, so React does not re-render', () => {
    const state = initialCycleState(6, start, false);
    expect(cycleReducer(state, { type: 'tick', now: start + 1 })).toBe(state);
    const paused = run(state, { type: 'interact', now: start });
    expect(cycleReducer(paused, { type: 'interact', now: start + 10 })).toBe(paused);
  });
});

describe('chart image layout', () => {
  const monospace = (text: string) => text.length * 10;

  it('wraps English at spaces and Chinese between characters', () => {
    expect(wrapText('National ranks of the composite compute index', 200, monospace)).toEqual([
      'National ranks of',
      'the composite',
      'compute index',
    ]);
    expect(wrapText('移动电话与固定宽带用户', 50, monospace)).toEqual(['移动电话与', '固定宽带用', '户']);
    expect(wrapText('短', 50, monospace)).toEqual(['短']);
  });

  it('adds the title above and the notes below the chart', () => {
    // 16 px padding all round, two 22 px title lines, a 10 px gap either side of the chart, three 17 px note lines.
    const layout = layoutChartImage({ width: 584, height: 250 }, 2, 3);
    expect(layout.width).toBe(616);
    expect(layout.chartTop).toBe(70);
    expect(layout.chartLeft).toBe(16);
    expect(layout.height).toBe(397);
  });
});

describe('the report', () => {
  it('prints each source sentence once, after the figures taken from it', () => {
    const inclusion = indicators.filter((indicator) => indicator.area === 'inclusion');
    const groups = groupByQuote(inclusion);
    expect(groups.flatMap((group) => group.indicators)).toHaveLength(inclusion.length);
    expect(new Set(groups.map((group) => group.quote)).size).toBe(groups.length);
    expect(groups.length).toBeLessThan(inclusion.length);
  });
});

describe('seconds per area on the big screen', () => {
  it('takes ?cycle= when it is a whole number from 5 to 120, else config.json’s value', () => {
    expect(cycleSeconds(15, null)).toBe(15);
    expect(cycleSeconds(15, '30')).toBe(30);
    expect(cycleSeconds(15, '5')).toBe(5);
    expect(cycleSeconds(15, '120')).toBe(120);
    expect(cycleSeconds(20, '4')).toBe(20);
    expect(cycleSeconds(20, '121')).toBe(20);
    expect(cycleSeconds(20, '7.5')).toBe(20);
    expect(cycleSeconds(20, 'fast')).toBe(20);
  });
});
