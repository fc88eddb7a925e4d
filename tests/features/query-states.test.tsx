import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { ScreenPage } from '../../src/features/screen/screen-page';
import { bothQueries } from '../../src/widgets/query-state/both-queries';
import { QueryState, type QuerySnapshot } from '../../src/widgets/query-state/query-state';
import { renderWithApp } from '../setup/render-app';

function snapshot<T>(overrides: Partial<QuerySnapshot<T>>): QuerySnapshot<T> {
  return {
    data: undefined,
    error: null,
    isPending: false,
    isError: false,
    dataUpdatedAt: 0,
    refetch: () => undefined,
    ...overrides,
  };
}

describe('QueryState while loading', () => {
  it('marks its place busy and says 正在加载… to a screen reader, with placeholders and no content yet', () => {
    const content = vi.fn(() => <p>内容</p>);
    renderWithApp(
      <QueryState query={snapshot<string>({ isPending: true })} errorTitle="失败" loading={<p>占位</p>}>
        {content}
      </QueryState>,
    );
    const busy = screen.getByText('正在加载…').parentElement;
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(within(busy as HTMLElement).getByText('占位')).toBeInTheDocument();
    expect(content).not.toHaveBeenCalled();
    expect(screen.queryByText('内容')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('control: the same QueryState with data shows the content and nothing busy', () => {
    renderWithApp(
      <QueryState query={snapshot({ data: '内容', dataUpdatedAt: 1 })} errorTitle="失败" loading={<p>占位</p>}>
        {(data) => <p>{data}</p>}
      </QueryState>,
    );
    expect(screen.getByText('内容')).toBeInTheDocument();
    expect(screen.queryByText('正在加载…')).not.toBeInTheDocument();
    expect(screen.queryByText('占位')).not.toBeInTheDocument();
  });
});

describe('bothQueries', () => {
  const first = snapshot({ data: 'a', dataUpdatedAt: 2000, refetch: vi.fn() });
  const second = snapshot({ data: 1, dataUpdatedAt: 1000, refetch: vi.fn() });

  it('has data only when both have it, and the older fetch time', () => {
    expect(bothQueries(first, second)).toMatchObject({ data: ['a', 1], dataUpdatedAt: 1000, isPending: false });
    expect(bothQueries(first, snapshot<number>({ isPending: true })).data).toBeUndefined();
    expect(bothQueries(snapshot<string>({ isPending: true }), second)).toMatchObject({
      data: undefined,
      isPending: true,
    });
  });

  it('fails with the first error, is in error when either is, and retries both', async () => {
    const one = new Error('one');
    const two = new Error('two');
    expect(bothQueries(snapshot({ error: one, isError: true }), snapshot({ error: two, isError: true })).error).toBe(
      one,
    );
    expect(bothQueries(first, snapshot({ error: two, isError: true }))).toMatchObject({ error: two, isError: true });
    expect(bothQueries(first, second)).toMatchObject({ error: null, isError: false });
    await bothQueries(first, second).refetch();
    expect(first.refetch).toHaveBeenCalledOnce();
    expect(second.refetch).toHaveBeenCalledOnce();
  });
});

describe('the big screen’s tiles when the API fails', () => {
  const usersTab = async () => (await screen.findAllByRole('tab'))[1] as HTMLElement;

  it('a tile whose area never loaded says so, and the other tiles show their figures', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) =>
        new URL(request.url).searchParams.get('area') === 'users' ? new HttpResponse(null, { status: 503 }) : undefined,
      ),
    );
    renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    const tab = await usersTab();
    expect(await within(tab).findByText('本板块数据加载失败')).toBeInTheDocument();
    expect(within(tab).queryByText('4261.7万户')).not.toBeInTheDocument();
    const [scale] = screen.getAllByRole('tab');
    expect(await within(scale as HTMLElement).findByText('746.26亿元')).toBeInTheDocument();
  });

  it('a tile whose refresh failed keeps its figure and says it was not updated, with the time it was fetched', async () => {
    const { queryClient } = renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    const tab = await usersTab();
    expect(await within(tab).findByText('4261.7万户')).toBeInTheDocument();
    // Control: a fresh tile says nothing about updating.
    expect(within(tab).queryByText(/数据未能更新/)).not.toBeInTheDocument();
    server.use(http.get(`${TEST_API_BASE_URL}/indicators`, () => new HttpResponse(null, { status: 503 })));
    await act(() => queryClient.refetchQueries());
    expect(await within(tab).findByText(/^数据未能更新 \(获取时间 \d{2}:\d{2}:\d{2}\)$/)).toBeInTheDocument();
    expect(within(tab).getByText('4261.7万户')).toBeInTheDocument();
    expect(within(tab).queryByText('本板块数据加载失败')).not.toBeInTheDocument();
  });
});
