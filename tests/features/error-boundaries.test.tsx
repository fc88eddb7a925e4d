import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicators, report } from '../../mocks/data';
import type { Indicator } from '../../src/api/schemas';
import { routeFor } from '../../src/app/routes';
import { RenderGuard } from '../../src/components/ui/render-guard';
import { Dashboard } from '../../src/features/dashboard/dashboard';
import { EmbedPage } from '../../src/features/embed/embed-page';
import { LanguageProvider } from '../../src/domain/i18n/language-context';
import { IndicatorCard } from '../../src/widgets/indicators/indicator-card';
import { messages } from '../setup/messages';
import { renderWithApp } from '../setup/render-app';

/** Which card and chart the mocked modules below make throw while rendering; empty = none. */
const broken = vi.hoisted(() => ({ cards: new Set<string>(), charts: new Set<string>() }));

vi.mock('../../src/widgets/indicators/headline-figure', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/widgets/indicators/headline-figure')>();
  return {
    ...original,
    headlineFigure: (...args: Parameters<typeof original.headlineFigure>) => {
      if (broken.cards.has(args[0].id)) throw new Error(`test: ${args[0].id} cannot render`);
      return original.headlineFigure(...args);
    },
  };
});
vi.mock('../../src/widgets/charts/model/chart-text', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/widgets/charts/model/chart-text')>();
  return {
    ...original,
    describeChart: (...args: Parameters<typeof original.describeChart>) => {
      if (broken.charts.has(args[0].id)) throw new Error(`test: chart ${args[0].id} cannot render`);
      return original.describeChart(...args);
    },
  };
});

afterEach(() => {
  broken.cards.clear();
  broken.charts.clear();
});

/** Render errors are logged on purpose here: collect them instead of failing the test, and check each is logged once. */
function collectLoggedErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

const usersSection = () => screen.findByRole('region', { name: /用户规模持续增长/ });

describe('a part that fails to render fails alone', () => {
  it('a card says what failed with 重试, the other cards and areas keep working, and the error is logged once', async () => {
    const logged = collectLoggedErrors();
    // Not an area headline: a headline's figure is drawn twice (its card and the key-figures band), so it would fail twice.
    broken.cards.add('mobile-phone-penetration');
    renderWithApp(<Dashboard mocks={false} />);
    const users = await usersSection();
    const alert = await within(users).findByRole('alert');
    expect(alert).toHaveTextContent('“移动电话普及率”无法显示，页面其余部分不受影响。');
    expect(await within(users).findByRole('article', { name: '固定宽带接入用户' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: '电信业务总量' })).toBeInTheDocument();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toBe('[dashboard] card:mobile-phone-penetration failed to render:');

    broken.cards.clear();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(users).findByRole('article', { name: '移动电话普及率' })).toBeInTheDocument();
    expect(within(users).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a chart says what failed, by its title, in English too; the cards beside it stay', async () => {
    const logged = collectLoggedErrors();
    window.history.replaceState(null, '', '/?lang=en');
    broken.charts.add('users-growth');
    renderWithApp(<Dashboard mocks={false} />);
    const users = await screen.findByRole('region', { name: /Users/ });
    const alert = await within(users).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“Mobile and fixed broadband users have both grown since the end of 2020” could not be shown; the rest of the page still works.',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(users).getByRole('article', { name: 'Mobile phone users' })).toBeInTheDocument();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toBe('[dashboard] chart:users-growth failed to render:');
  });

  it.each([
    ['zh', '页面资源加载失败，请检查网络后重新加载', '重新加载'],
    ['en', 'Part of the page could not be loaded. Check the network connection, then reload', 'Reload'],
  ] as const)(
    'a lazy chunk that did not arrive again, after the one automatic reload, says so and offers a reload (%s)',
    async (language, text, button) => {
      const logged = collectLoggedErrors();
      if (language === 'en') window.history.replaceState(null, '', '/?lang=en');
      // This page already reloaded itself for a missing chunk a minute ago (src/domain/refresh/reload-guard.ts).
      window.sessionStorage.setItem('shanxi-ict-dashboard.chunk-reload-at:/', String(Date.now() - 60_000));
      const Missing = lazy(() =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/alert.js')),
      );
      render(
        <LanguageProvider>
          <RenderGuard what="api-error-alert" label="x">
            <Suspense fallback={null}>
              <Missing />
            </Suspense>
          </RenderGuard>
        </LanguageProvider>,
        { onCaughtError: () => undefined },
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(text);
      expect(within(alert).getByRole('button', { name: button })).toBeInTheDocument();
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]?.[0]).toBe('[dashboard] api-error-alert failed to render:');
    },
  );
});

describe('odd links', () => {
  it('a malformed escape in the path or hash neither throws nor blanks the page', async () => {
    expect(routeFor('/embed/%E0%A4%A', '/')).toEqual({ page: 'embed', embedId: '%E0%A4%A' });
    expect(routeFor('/dash/embed/%E0%A4%A', '/dash/')).toEqual({ page: 'embed', embedId: '%E0%A4%A' });
    window.history.replaceState(null, '', '/#%E0%A4%A');
    renderWithApp(<Dashboard mocks={false} />);
    expect(await screen.findByRole('article', { name: '电信业务总量' })).toBeInTheDocument();
  });

  it('an unknown embed id is echoed at most 80 characters long', async () => {
    const longId = `${'很长的编号'.repeat(40)}-end`;
    renderWithApp(<EmbedPage embedId={longId} mocks={false} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(messages.zh.embedNotFoundTitle);
    const echoed = /“(.*)”/.exec(alert.textContent ?? '')?.[1] ?? '';
    expect(Array.from(echoed)).toHaveLength(80);
    expect(echoed.endsWith('…')).toBe(true);
    expect(alert).not.toHaveTextContent('-end');
  });
});

describe('a decline', () => {
  const volume = indicators.find((indicator) => indicator.id === 'telecom-business-volume');
  if (!volume) throw new Error('no telecom-business-volume');
  const declining: Indicator = {
    ...volume,
    comparisons: [
      { kind: 'growth-rate', percent: -5.5, since: report.baselineDate },
      { kind: 'net-increase', value: -3.2, since: report.baselineDate, derived: false },
    ],
  };

  it('control for the checks below: the same card rising shows “+” on a badge in the growth colour', () => {
    render(
      <LanguageProvider>
        <IndicatorCard indicator={volume} baselineDate={report.baselineDate} asOf={report.asOf} sourceCredit="credit" />
      </LanguageProvider>,
    );
    const badges = within(screen.getByRole('list', { name: '对比' })).getAllByRole('listitem');
    expect(badges[0]).toHaveTextContent('+446.26亿元 较“十三五”末');
    expect(badges[0]?.className).toContain('positive');
  });

  it.each([
    ['zh', '下降5.5%', '−3.2亿元'],
    ['en', '−5.5%', '−CNY 320 million'],
  ] as const)(
    'reads as a decline, never "+-", on a badge that is not the growth colour (%s)',
    (language, rate, net) => {
      if (language === 'en') window.history.replaceState(null, '', '/?lang=en');
      render(
        <LanguageProvider>
          <IndicatorCard
            indicator={declining}
            baselineDate={report.baselineDate}
            asOf={report.asOf}
            sourceCredit="credit"
          />
        </LanguageProvider>,
      );
      const badges = within(screen.getByRole('list', { name: messages[language].comparisons })).getAllByRole(
        'listitem',
      );
      expect(badges[0]).toHaveTextContent(rate);
      expect(badges[1]).toHaveTextContent(net);
      for (const badge of badges) {
        expect(badge.textContent).not.toContain('+');
        expect(badge.className).not.toContain('positive');
      }
    },
  );
});
