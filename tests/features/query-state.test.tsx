import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { highlights } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { HighlightList } from '../../src/features/dashboard/highlight-list';
import { EmbedPage } from '../../src/features/embed/embed-page';
import { ReportPage } from '../../src/features/report/report-page';
import { renderWithApp } from '../setup/render-app';

const STALE = /数据更新失败，下面显示的是上次成功获取的数据 \(获取时间 \d{2}:\d{2}:\d{2}\)/;

/** From now on every request to `path` (below the API base) answers 503. */
function failFromNowOn(path: string) {
  server.use(http.get(`${TEST_API_BASE_URL}${path}`, () => new HttpResponse(null, { status: 503 })));
}

describe('one policy for every page: when a refresh fails, the last good figures stay, marked stale', () => {
  it('the printable report', async () => {
    const { queryClient } = renderWithApp(<ReportPage mocks={false} />);
    const users = await screen.findByRole('region', { name: /用户规模持续增长/ });
    expect(await within(users).findByText('4261.7万户', { selector: 'span' })).toBeInTheDocument();
    failFromNowOn('/indicators');
    await act(() => queryClient.refetchQueries());
    expect(await within(users).findByRole('alert')).toHaveTextContent(STALE);
    expect(within(users).getByText('4261.7万户', { selector: 'span' })).toBeInTheDocument();
    expect(within(users).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('an embedded card', async () => {
    const { queryClient } = renderWithApp(<EmbedPage embedId="mobile-phone-users" mocks={false} />);
    const card = await screen.findByRole('article', { name: '移动电话用户' });
    expect(within(card).getByText('4261.7万户', { selector: 'p' })).toBeInTheDocument();
    failFromNowOn('/indicators/:id');
    await act(() => queryClient.refetchQueries());
    expect(await screen.findByRole('alert')).toHaveTextContent(STALE);
    expect(
      within(screen.getByRole('article', { name: '移动电话用户' })).getByText('4261.7万户', { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('the highlights of an area', async () => {
    const { container, queryClient } = renderWithApp(<HighlightList area="industry" />);
    const industry = within(container);
    expect(await industry.findByText('太原酒厂“5G智慧工厂”')).toBeInTheDocument();
    failFromNowOn('/highlights');
    await act(() => queryClient.refetchQueries());
    const alerts = await industry.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([expect.stringMatching(STALE)]);
    expect(industry.getByText('太原酒厂“5G智慧工厂”')).toBeInTheDocument();
  });
});

describe('a highlight the API sends in the wrong shape', () => {
  it('is set aside and said to be unavailable, not dropped in silence; the others show', async () => {
    const [broken, ...others] = highlights.filter((highlight) => highlight.area === 'industry');
    server.use(
      http.get(`${TEST_API_BASE_URL}/highlights`, ({ request }) =>
        new URL(request.url).searchParams.get('area') === 'industry'
          ? HttpResponse.json({ items: [{ ...broken, title: undefined }, ...others] })
          : undefined,
      ),
    );
    const industry = within(renderWithApp(<HighlightList area="industry" />).container);
    // The unavailable card is its own chunk, loaded only when something is set aside.
    const unavailable = await industry.findByRole('alert', {}, { timeout: 15_000 });
    expect(unavailable).toHaveTextContent('5g-yangfan-action-plan');
    expect(industry.queryByText('5G应用“扬帆”行动计划')).not.toBeInTheDocument();
    expect(industry.getByText('千兆光网“追光行动”')).toBeInTheDocument();
  });
});
