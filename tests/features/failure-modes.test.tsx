import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { Dashboard } from '../../src/features/dashboard/dashboard';
import { renderWithApp } from '../setup/render-app';

const INDICATORS_URL = `${TEST_API_BASE_URL}/indicators`;
const usersIndicators = indicators.filter((indicator) => indicator.area === 'users');
const [mobileUsers, penetration] = usersIndicators;

/** Only the users area misbehaves; the other areas keep their normal answers. */
function usersAnswer(resolver: () => Response | Promise<Response>) {
  server.use(
    http.get(INDICATORS_URL, ({ request }) =>
      new URL(request.url).searchParams.get('area') === 'users' ? resolver() : undefined,
    ),
  );
}

async function usersSection() {
  return screen.findByRole('region', { name: /用户规模持续增长/ });
}

async function expectOtherAreasWork() {
  const volume = await screen.findByRole('article', { name: '电信业务总量' });
  expect(within(volume).getByText('746.26亿元', { selector: 'p' })).toBeInTheDocument();
}

describe('retries follow the production rule (only the delays are shorter here)', () => {
  it.each([
    [500, 3],
    [503, 3],
    [401, 1],
    [403, 1],
    [404, 1],
  ])('HTTP %i is requested %i time(s) before the alert', async (status, requests) => {
    let count = 0;
    usersAnswer(() => {
      count += 1;
      return HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status });
    });
    renderWithApp(<Dashboard mocks={false} />);
    await within(await usersSection()).findByRole('alert');
    expect(count).toBe(requests);
  });

  it('a timeout is not retried: the reader has waited enough', async () => {
    let count = 0;
    usersAnswer(async () => {
      count += 1;
      await delay('infinite');
      return HttpResponse.json({});
    });
    renderWithApp(<Dashboard mocks={false} />, { timeoutMs: 1000 });
    expect(await within(await usersSection()).findByRole('alert')).toHaveTextContent('数据接口响应超时。');
    expect(count).toBe(1);
  });
});

describe('when the API misbehaves, the official sees a clear message and keeps the rest', () => {
  it.each([
    [401, '数据接口拒绝访问（需要登录或没有权限）。'],
    [403, '数据接口拒绝访问（需要登录或没有权限）。'],
    [404, '数据接口地址不存在，请检查配置。'],
    [500, '数据接口暂时不可用。'],
    [503, '数据接口暂时不可用。'],
  ])('HTTP %i', async (status, message) => {
    usersAnswer(() => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status }));
    renderWithApp(<Dashboard mocks={false} />);
    const alert = await within(await usersSection()).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByText('详细信息'));
    expect(within(alert).getByText(String(status))).toBeVisible();
    await expectOtherAreasWork();
  });

  it('connection refused', async () => {
    usersAnswer(() => HttpResponse.error());
    renderWithApp(<Dashboard mocks={false} />);
    expect(await within(await usersSection()).findByRole('alert')).toHaveTextContent('无法连接数据接口。');
    await expectOtherAreasWork();
  });

  it('a request that never answers times out', async () => {
    usersAnswer(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    renderWithApp(<Dashboard mocks={false} />, { timeoutMs: 300 });
    expect(await within(await usersSection()).findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      '数据接口响应超时。',
    );
  });

  it.each([
    [
      'truncated JSON',
      () => new HttpResponse('{"items": [{"id": "mob', { headers: { 'Content-Type': 'application/json' } }),
    ],
    ['an HTML login page', () => HttpResponse.html('<!doctype html><form>登录</form>')],
  ])('%s', async (_name, resolver) => {
    usersAnswer(resolver);
    renderWithApp(<Dashboard mocks={false} />);
    expect(await within(await usersSection()).findByRole('alert')).toHaveTextContent('数据接口返回的不是有效数据。');
    await expectOtherAreasWork();
  });

  it.each([
    ['{}', {}],
    ['wrong types', { items: 'none' }],
  ])('JSON of the wrong shape: %s', async (_name, body) => {
    usersAnswer(() => HttpResponse.json(body));
    renderWithApp(<Dashboard mocks={false} />);
    const alert = await within(await usersSection()).findByRole('alert');
    expect(alert).toHaveTextContent('数据接口返回的数据格式不符合约定。');
    await userEvent.click(within(alert).getByText('详细信息'));
    expect(within(alert).getByText('items')).toBeVisible();
  });

  it.each([
    [
      'a value as the string "NaN"',
      { observations: [{ date: '2025-07-31', value: 'NaN', derived: false, bound: 'exact' }] },
    ],
    ['a negative count', { observations: [{ date: '2025-07-31', value: -4261.7, derived: false, bound: 'exact' }] }],
    ['a missing field', { source: undefined }],
    ['a 10,000-character name', { name: { zh: '名'.repeat(10_000), en: 'x' } }],
  ])('one invalid indicator among valid ones (%s) is marked unavailable, the others show', async (_name, damage) => {
    usersAnswer(() => HttpResponse.json({ items: [{ ...mobileUsers, ...damage }, ...usersIndicators.slice(1)] }));
    renderWithApp(<Dashboard mocks={false} />);
    const section = await usersSection();
    const unavailable = await within(section).findByRole('alert');
    expect(unavailable).toHaveTextContent('mobile-phone-users');
    expect(unavailable).toHaveTextContent('该指标数据无效，暂不显示');
    expect(within(section).queryByRole('article', { name: '移动电话用户' })).not.toBeInTheDocument();
    expect(within(section).queryByText('4261.7万户')).not.toBeInTheDocument();
    const other = within(section).getByRole('article', { name: '移动电话普及率' });
    expect(within(other).getByText('122.9部/百人', { selector: 'p' })).toBeInTheDocument();
  });

  it('renders an extreme value and markup-like strings as plain text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    usersAnswer(() =>
      HttpResponse.json({
        items: [
          {
            ...mobileUsers,
            name: { zh: hostile, en: hostile },
            observations: [{ date: '2025-07-31', value: 1e20, derived: false, bound: 'exact' }],
            comparisons: [],
            source: { quote: hostile },
          },
          penetration,
        ],
      }),
    );
    const { container } = renderWithApp(<Dashboard mocks={false} />);
    const card = await screen.findByRole('article', { name: hostile });
    expect(within(card).getByText('100000000000000000000万户', { selector: 'p' })).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('keeps the last good figures, marked stale with their time, when a refresh fails', async () => {
    renderWithApp(<Dashboard mocks={false} />);
    const section = await usersSection();
    await within(section).findByRole('article', { name: '移动电话用户' });
    usersAnswer(() => new HttpResponse(null, { status: 503 }));
    await userEvent.click(screen.getByRole('button', { name: '刷新数据' }));
    const stale = await within(section).findByRole('alert');
    expect(stale).toHaveTextContent(/数据更新失败，下面显示的是上次成功获取的数据 \(获取时间 \d{2}:\d{2}:\d{2}\)/);
    const card = within(section).getByRole('article', { name: '移动电话用户' });
    expect(within(card).getByText('4261.7万户', { selector: 'p' })).toBeInTheDocument();
  });
});

describe('an area the API returns empty', () => {
  it('says so instead of showing nothing', async () => {
    usersAnswer(() => HttpResponse.json({ items: [] }));
    renderWithApp(<Dashboard mocks={false} />);
    expect(await within(await usersSection()).findByText('数据接口没有返回本板块的指标。')).toBeInTheDocument();
  });
});
