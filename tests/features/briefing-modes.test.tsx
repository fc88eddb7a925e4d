import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicators } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { EmbedPage } from '../../src/features/embed/embed-page';
import { PermalinkButton } from '../../src/widgets/permalink/permalink-button';
import { ReportPage } from '../../src/features/report/report-page';
import { ScreenPage } from '../../src/features/screen/screen-page';
import { messages } from '../setup/messages';
import { renderWithApp } from '../setup/render-app';

/** Counts the API requests the page makes, so a test can show that nothing was fetched. */
function recordRequests(): string[] {
  const urls: string[] = [];
  server.events.on('request:start', ({ request }) => urls.push(request.url));
  return urls;
}

/** Today's rotation, written out: a new area every 8 s, held for 15 s after the last interaction. */
afterEach(() => {
  server.events.removeAllListeners();
});

/** What an import of October's figure publishes: 12.1万个 on 2025-10-31, the net increase recomputed (derived). */
function serveOctober() {
  const october = indicators.map((indicator) =>
    indicator.id === '5g-base-stations'
      ? {
          ...indicator,
          observations: [
            ...indicator.observations,
            { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact' as const, source: '十月月报' },
          ],
          comparisons: [{ kind: 'net-increase' as const, value: 10.5, since: '2020-12-31', derived: true }],
        }
      : indicator,
  );
  server.use(
    http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) => {
      const area = new URL(request.url).searchParams.get('area');
      return Response.json({ items: october.filter((indicator) => !area || indicator.area === area) });
    }),
  );
}

describe('an embedded figure', () => {
  it('shows one card with its source line, in Chinese by default', async () => {
    renderWithApp(<EmbedPage embedId="mobile-phone-users" mocks={false} />);
    const card = await screen.findByRole('article', { name: '移动电话用户' });
    expect(within(card).getByText('4261.7万户', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    // Alone in a host page, the card states its date: nothing around it does.
    expect(within(card).getByText('数据截至 2025年7月31日')).toBeInTheDocument();
    expect(screen.getByText(/^数据来源：《从基础联接到数智赋能/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: messages.zh.openDashboard })).toHaveAttribute('href', '/?lang=zh');
  });

  it('follows ?lang=en and ?theme=dark', async () => {
    window.history.replaceState(null, '', '/embed/mobile-phone-users?lang=en&theme=dark');
    renderWithApp(<EmbedPage embedId="mobile-phone-users" mocks />);
    const card = await screen.findByRole('article', { name: 'Mobile phone users' });
    expect(within(card).getByText('42.617 million', { selector: 'p' })).toBeInTheDocument();
    // An embed carries the article's credit and no demo mark: the figures are the article's whichever service answers.
    expect(screen.getByText(/^Source: “从基础联接到数智赋能/)).toHaveTextContent(
      'Source: “从基础联接到数智赋能 全省“十四五”信息通信业实现跨越式发展”, 记者 李静 · Open the full dashboard',
    );
    expect(screen.queryByText(/Demo data|Offline demo/)).not.toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('says clearly, in the reader’s language, when the id is not in the data', async () => {
    window.history.replaceState(null, '', '/embed/no-such-figure?lang=en');
    renderWithApp(<EmbedPage embedId="no-such-figure" mocks={false} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(messages.en.embedNotFoundTitle);
    expect(alert).toHaveTextContent('“no-such-figure”');
  });

  it('does not ask the API about an id that cannot exist', async () => {
    const requests = recordRequests();
    renderWithApp(<EmbedPage embedId="chart-no-such-chart" mocks={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.zh.embedNotFoundTitle);
    expect(requests).toEqual([]);
    // Control: the same recorder does see the request of an id that can exist.
    cleanup();
    renderWithApp(<EmbedPage embedId="mobile-phone-users" mocks={false} />);
    expect(await screen.findByRole('article', { name: '移动电话用户' })).toBeInTheDocument();
    expect(requests).toContain(`${TEST_API_BASE_URL}/indicators/mobile-phone-users`);
  });

  it('shows one chart alone for chart-<id>', async () => {
    renderWithApp(<EmbedPage embedId="chart-users-growth" mocks={false} />);
    const chart = await screen.findByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
    await userEvent.click(within(chart).getByRole('button', { name: '下载与分享' }));
    expect(within(chart).getByRole('menuitem', { name: '下载PNG' })).toBeInTheDocument();
    expect(within(chart).getByRole('menuitem', { name: '下载SVG' })).toBeInTheDocument();
    // Alone, the chart names its source in full: there is no page header to link to.
    expect(within(chart).getByText(/^数据来源：《从基础联接到数智赋能.*》，记者 李静$/)).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('shows the API error, not "not found", when the API fails', async () => {
    server.use(http.get(`${TEST_API_BASE_URL}/indicators/:id`, () => new Response(null, { status: 503 })));
    renderWithApp(<EmbedPage embedId="mobile-phone-users" mocks={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.zh.areaError);
  });
});

describe('the permalink button', () => {
  it('copies the embed address and confirms it', async () => {
    const user = userEvent.setup();
    renderWithApp(<PermalinkButton embedId="mobile-phone-users" className="" />);
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(await screen.findByRole('status')).toHaveTextContent('链接已复制');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/embed/mobile-phone-users?lang=zh`);
  });

  it('shows the address to copy by hand when there is no clipboard', async () => {
    const user = userEvent.setup();
    const clipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      window.history.replaceState(null, '', '/?lang=en');
      renderWithApp(<PermalinkButton embedId="chart-users-growth" className="" />);
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(screen.getByRole('textbox', { name: messages.en.copyLinkManually })).toHaveValue(
        `${window.location.origin}/embed/chart-users-growth?lang=en`,
      );
    } finally {
      if (clipboard) Object.defineProperty(window.navigator, 'clipboard', clipboard);
    }
  });
});

describe('the big screen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows each area’s headline figure as a tab, and the arrow keys move between them', async () => {
    renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs).toHaveLength(6);
    const usersTab = tabs[1];
    if (!usersTab) throw new Error('no second tab');
    expect(await within(usersTab).findByText('4261.7万户')).toBeInTheDocument();
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getAllByRole('tab')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('已暂停：无操作15秒后继续');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(expect.stringContaining('用户'));

    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getAllByRole('tab')[5]).toHaveAttribute('aria-selected', 'true');
  });

  it('marks a recomputed net increase 推算值 and gives a newer figure its own date', async () => {
    serveOctober();
    renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    const networkTab = (await screen.findAllByRole('tab'))[2];
    if (!networkTab) throw new Error('no third tab');
    expect(await within(networkTab).findByText('12.1万个')).toBeInTheDocument();
    expect(within(networkTab).getByText('+10.5万个 较“十三五”末（推算值）')).toBeInTheDocument();
    expect(within(networkTab).getByText('数据截至 2025年10月31日')).toBeInTheDocument();
  });

  it('moves on by itself, holds while someone interacts, and the pause button stops it', async () => {
    // Only the rotation's clock is faked; requests and React's scheduling run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    await screen.findAllByRole('tab');
    const selectedIndex = () =>
      screen.getAllByRole('tab').findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
    // The default, config.json's screenCycleSeconds: 15 s on each area.
    expect(screen.getByRole('status')).toHaveTextContent('自动轮播：每15秒切换');

    act(() => vi.advanceTimersByTime(14_000));
    expect(selectedIndex()).toBe(0);
    act(() => vi.advanceTimersByTime(1000));
    expect(selectedIndex()).toBe(1);

    fireEvent.pointerDown(document.body);
    expect(screen.getByRole('status')).toHaveTextContent('已暂停：无操作15秒后继续');
    act(() => vi.advanceTimersByTime(14_000));
    expect(selectedIndex()).toBe(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent('自动轮播：每15秒切换');
    expect(selectedIndex()).toBe(1);
    act(() => vi.advanceTimersByTime(15_000));
    expect(selectedIndex()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: messages.zh.pauseCycle }));
    expect(screen.getByRole('status')).toHaveTextContent(messages.zh.cyclePausedByUser);
    act(() => vi.advanceTimersByTime(5 * 30_000));
    expect(selectedIndex()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: messages.zh.resumeCycle }));
    act(() => vi.advanceTimersByTime(15_000));
    expect(selectedIndex()).toBe(3);
  });
});

describe('the printable report', () => {
  it('marks a recomputed net increase 推算值 in its summary of headline figures', async () => {
    serveOctober();
    renderWithApp(<ReportPage mocks={false} />);
    const summary = await screen.findByRole('region', { name: messages.zh.summary });
    expect(await within(summary).findByText('12.1万个')).toBeInTheDocument();
    expect(within(summary).getByText('+10.5万个 较“十三五”末（推算值）')).toBeInTheDocument();
  });
});
