import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { AppRoutes } from '../../src/app/routes';
import { Header } from '../../src/features/dashboard/header';
import { DataPage } from '../../src/features/data-admin/data-page';
import { renderWithApp } from '../setup/render-app';

const admin = `${TEST_API_BASE_URL}/admin`;

const publisher = { name: '王芳', role: 'publisher', via: 'password', idleMinutes: 30 } as const;
const editor = { name: '李明', role: 'editor', via: 'password', idleMinutes: 30 } as const;

const noDiff = { changed: [], added: [], removed: [], removedIndicators: [] };

/** October's 5G base stations: 11.5 before, 12.1 after, with its own source. */
const octoberChange = {
  indicatorId: '5g-base-stations',
  name: { zh: '5G基站', en: '5G base stations' },
  date: '2025-10-31',
  unit: '万个',
  before: { date: '2025-10-31', value: 11.5, derived: false, bound: 'exact' },
  after: { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: '省通信管理局10月通报' },
};

const largeChange = {
  kind: 'large-change',
  indicatorId: '5g-base-stations',
  sheet: '观测值',
  cell: 'D25',
  message: { zh: '5G基站：数值比上一期变化超过 50%', en: '5G base stations: the value moves more than 50 %' },
};
const notice = {
  kind: 'comparison-replaced',
  indicatorId: '5g-base-stations',
  message: { zh: '5G基站：较“十三五”末净增已按新数值重算', en: '5G base stations: net increase recomputed' },
};

function revision(fields: Record<string, unknown> & { id: number }) {
  return {
    parentId: fields.id > 1 ? fields.id - 1 : null,
    createdBy: '王芳',
    createdAt: '2025-11-01T08:00:00Z',
    note: '',
    fileName: null,
    fileSha256: null,
    fileStored: typeof fields.fileName === 'string',
    publishedAt: '2025-11-01T08:00:00Z',
    current: false,
    diff: noDiff,
    warnings: [],
    ...fields,
  };
}

/** Revision 1 the article, 2 published and current, 3 a draft made from 2. */
const history = [
  revision({
    id: 3,
    note: '十月数据',
    publishedAt: null,
    fileName: 'shanxi-ict-oct.xlsx',
    fileSha256: 'a'.repeat(64),
    diff: { ...noDiff, changed: [octoberChange] },
    warnings: [largeChange],
  }),
  revision({ id: 2, current: true, note: '九月数据', fileName: 'shanxi-ict-sep.xlsx', fileSha256: 'b'.repeat(64) }),
  revision({ id: 1, createdBy: 'seed', note: '文章原文' }),
];

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

/** The admin API as the service answers it, recording every request the page sends. */
function adminApi({
  session = publisher as unknown,
  revisions = history as unknown[],
}: { session?: unknown; revisions?: unknown[] } = {}) {
  const sent: Sent[] = [];
  const record = async (request: Request) => {
    const type = request.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await request.clone().json() : undefined;
    sent.push({ method: request.method, url: request.url, body });
  };
  server.use(
    http.get(`${admin}/session`, async ({ request }) => {
      await record(request);
      return session
        ? HttpResponse.json(session)
        : HttpResponse.json({ error: { code: 'unauthorized' } }, { status: 401 });
    }),
    http.get(`${admin}/revisions`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ items: revisions });
    }),
  );
  return sent;
}

const clearHint = () => {
  document.cookie = 'shanxi_signed_in=; Path=/; Max-Age=0';
};

beforeEach(clearHint);
afterEach(clearHint);

describe('the data page in the demo and the offline file', () => {
  it('explains that changing figures needs the data service, how to start it, and sends nothing', async () => {
    const urls: string[] = [];
    const onRequest = ({ request }: { request: Request }) => void urls.push(request.url);
    server.events.on('request:start', onRequest);
    window.history.replaceState(null, '', '/data');
    try {
      renderWithApp(<AppRoutes mocks screenCycleSeconds={15} />);
      expect(await screen.findByRole('heading', { level: 1, name: '数据管理' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: '修改数据需要数据服务' })).toBeInTheDocument();
      expect(screen.getByText('npm run live')).toBeInTheDocument();
      expect(screen.getByText('npm run data -- user add NAME --role publisher')).toBeInTheDocument();
      expect(screen.queryByLabelText('密码')).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // Give any query a chance to start: none may.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(urls).toEqual([]);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  });

  it('reads in English when asked, like the other pages', async () => {
    window.history.replaceState(null, '', '/data?lang=en');
    renderWithApp(<AppRoutes mocks screenCycleSeconds={15} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage data' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Changing the figures needs the data service' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '数据管理' })).toBeInTheDocument();
  });
});

describe('signing in', () => {
  it('says 名称或密码不正确 in an alert on a 401, the same whether the name exists, and locks after a 429', async () => {
    const user = userEvent.setup();
    adminApi({ session: null });
    let answer: 'bad' | 'locked' = 'bad';
    const attempts: unknown[] = [];
    server.use(
      http.post(`${admin}/session`, async ({ request }) => {
        attempts.push(await request.json());
        return answer === 'bad'
          ? HttpResponse.json(
              { error: { code: 'bad-credentials', message: 'Wrong name or password' } },
              { status: 401 },
            )
          : HttpResponse.json({ error: { code: 'locked', message: 'Locked' } }, { status: 429 });
      }),
    );
    renderWithApp(<DataPage mocks={false} />);
    await user.type(await screen.findByLabelText('名称'), '王芳');
    await user.type(screen.getByLabelText('密码'), 'wrong');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('名称或密码不正确');
    expect(attempts).toEqual([{ name: '王芳', password: 'wrong' }]);

    answer = 'locked';
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('登录失败次数过多，已锁定 15 分钟，请稍后再试。')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('锁定 15 分钟');
    // A refusal is not retried as it is.
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });

  it('offers 重试 when the service cannot be reached, and shows who signed in once it can', async () => {
    const user = userEvent.setup();
    adminApi({ session: null });
    let down = true;
    server.use(http.post(`${admin}/session`, () => (down ? HttpResponse.error() : HttpResponse.json(editor))));
    renderWithApp(<DataPage mocks={false} />);
    await user.type(await screen.findByLabelText('名称'), '李明');
    await user.type(screen.getByLabelText('密码'), 'secret');
    await user.click(screen.getByRole('button', { name: '登录' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接数据服务');
    down = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('李明')).toBeInTheDocument();
    expect(screen.getByText('编辑')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(document.cookie).toContain('shanxi_signed_in=1');
  });

  it('signs out with DELETE /admin/session and shows the form again', async () => {
    const user = userEvent.setup();
    const sent = adminApi();
    server.use(http.delete(`${admin}/session`, () => new HttpResponse(null, { status: 204 })));
    renderWithApp(<DataPage mocks={false} />);
    await user.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByLabelText('密码')).toBeInTheDocument();
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET']);
  });
});

/** Chooses a file with the visible picker, types a note, and uploads. */
async function upload(user: ReturnType<typeof userEvent.setup>, file: File, note = '') {
  await user.upload(await screen.findByLabelText('选择文件（.xlsx 或 .csv）'), file);
  if (note) await user.type(screen.getByLabelText('说明（可选）'), note);
  await user.click(screen.getByRole('button', { name: '上传并检查' }));
}

const workbook = (name = 'shanxi-ict-oct.xlsx') => new File(['PK'], name, { type: 'application/octet-stream' });

describe('uploading a workbook', () => {
  it('shows a 422 as a table of every problem with its cell, nothing saved, and moves the focus to it', async () => {
    const user = userEvent.setup();
    adminApi();
    server.use(
      http.post(`${admin}/imports`, () =>
        HttpResponse.json(
          {
            revision: null,
            published: false,
            warnings: [],
            diff: null,
            problems: [
              { sheet: '观测值', cell: 'D25', text: '十二点一', reason: { zh: '不是数字', en: 'Not a number' } },
              { sheet: '观测值', cell: 'C26', text: '2025-13-01', reason: { zh: '日期不存在', en: 'No such date' } },
              { sheet: '观测值', cell: 'B27', text: 'no-such-id', reason: { zh: '未知指标', en: 'Unknown indicator' } },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    renderWithApp(<DataPage mocks={false} />);
    await upload(user, workbook());
    const heading = await screen.findByRole('heading', {
      name: '发现 3 处问题，未保存任何内容。请在 Excel 中修改后重新上传。',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('alert')).toContainElement(heading);
    const table = screen.getByRole('table', { name: '文件中的问题' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['工作表', '单元格', '单元格内容', '问题']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['观测值', 'D25', '«十二点一»', '不是数字'],
      ['观测值', 'C26', '«2025-13-01»', '日期不存在'],
      ['观测值', 'B27', '«no-such-id»', '未知指标'],
    ]);
  });

  it('shows a 201 draft: the changed figure, the warnings and preview links with ?revision=2', async () => {
    const user = userEvent.setup();
    adminApi();
    let received: { hasFile: boolean; note: unknown } | undefined;
    server.use(
      http.post(`${admin}/imports`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file');
        received = { hasFile: typeof file === 'object' && file !== null, note: form.get('note') };
        return HttpResponse.json(
          {
            revision: 2,
            published: false,
            problems: [],
            warnings: [notice],
            diff: {
              changed: [octoberChange],
              added: [],
              removed: [],
              removedIndicators: [],
            },
          },
          { status: 201 },
        );
      }),
    );
    renderWithApp(<DataPage mocks={false} />);
    await upload(user, workbook(), '十月通报');
    const heading = await screen.findByRole('heading', { name: '第 2 版草稿已保存' });
    expect(heading).toHaveFocus();
    // Vitest's bridge from jsdom's FormData to Node's fetch keeps a file part but neither its name nor its bytes.
    expect(received).toEqual({ hasFile: true, note: '十月通报' });

    const changed = screen.getByRole('table', { name: '修改的数值' });
    expect(
      within(changed)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['指标', '日期', '单位', '原值 → 新值']);
    const row = within(changed).getByRole('row', { name: /5G基站/ });
    expect(row).toHaveTextContent('2025-10-31');
    expect(row).toHaveTextContent('万个');
    expect(row).toHaveTextContent('11.5 → 12.1');
    expect(row).toHaveTextContent('来源：省通信管理局10月通报');

    expect(screen.getByText('较“十三五”末净增已按新数值重算', { exact: false })).toBeInTheDocument();
    // A notice alone needs no acknowledgement.
    expect(screen.queryByRole('checkbox', { name: '我已核对以上提示' })).not.toBeInTheDocument();

    const preview = screen.getByRole('region', { name: '预览' });
    const links = within(preview).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/?revision=2',
      '/screen?revision=2',
      '/report?revision=2',
    ]);
    for (const link of links) expect(link).toHaveAttribute('target', '_blank');
    expect(within(preview).getByRole('link', { name: '预览仪表盘（在新标签页打开）' })).toBeInTheDocument();
  });

  it('refuses a file over 10 MB and one of another kind in the browser, sending nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const sent = adminApi();
    renderWithApp(<DataPage mocks={false} />);
    const big = workbook('big.xlsx');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await upload(user, big);
    expect(await screen.findByRole('alert')).toHaveTextContent('big.xlsx 有 11.0 MB，超过 10 MB 的上限，没有上传。');

    await upload(user, new File(['x'], 'figures.xls'));
    expect(await screen.findByRole('alert')).toHaveTextContent('figures.xls 不是 .xlsx 或 .csv 文件，没有上传。');
    expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('shows what a person typed as text, never as markup', async () => {
    const user = userEvent.setup();
    adminApi();
    const typed = '<img src=x onerror=alert(1)>';
    server.use(
      http.post(`${admin}/imports`, () =>
        HttpResponse.json(
          {
            revision: null,
            published: false,
            warnings: [],
            diff: null,
            problems: [{ sheet: typed, cell: 'D25', text: typed, reason: { zh: '不是数字', en: 'Not a number' } }],
          },
          { status: 422 },
        ),
      ),
    );
    const { container } = renderWithApp(<DataPage mocks={false} />);
    await upload(user, workbook());
    expect(await screen.findByText(`«${typed}»`)).toBeInTheDocument();
    expect(screen.getByText(typed)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('publishing', () => {
  it('an editor sees 等待发布人发布 and no 发布 button', async () => {
    const user = userEvent.setup();
    adminApi({ session: editor });
    renderWithApp(<DataPage mocks={false} />);
    const drafts = await screen.findByRole('region', { name: '待发布的草稿' });
    expect(within(drafts).queryByRole('button', { name: /发布/ })).not.toBeInTheDocument();
    await user.click(within(drafts).getByRole('button', { name: '打开 第 3 版草稿' }));
    expect(await screen.findByRole('heading', { name: '第 3 版草稿' })).toHaveFocus();
    expect(screen.getByText('等待发布人发布')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发布' })).not.toBeInTheDocument();
    // Editors roll nothing back either.
    expect(screen.queryByRole('button', { name: /回滚/ })).not.toBeInTheDocument();
  });

  it('a publisher acknowledges the warnings, then publishing posts the note and refreshes the figures', async () => {
    const user = userEvent.setup();
    const sent = adminApi();
    server.use(
      http.post(`${admin}/revisions/3/publish`, async ({ request }) => {
        sent.push({ method: 'POST', url: request.url, body: await request.json() });
        return HttpResponse.json({ ...history[0], publishedAt: '2025-11-02T09:00:00Z', current: true });
      }),
    );
    const { queryClient } = renderWithApp(<DataPage mocks={false} />);
    queryClient.setQueryData(['report'], { stale: 'figures' });
    const drafts = await screen.findByRole('region', { name: '待发布的草稿' });
    await user.click(within(drafts).getByRole('button', { name: '发布… 第 3 版草稿' }));

    const note = await screen.findByLabelText('发布说明（可选）');
    expect(note).toHaveFocus();
    expect(screen.getByRole('table', { name: '修改的数值' })).toHaveTextContent('11.5 → 12.1');
    expect(screen.getByText('5G基站：数值比上一期变化超过 50%')).toBeInTheDocument();
    expect(screen.getByText('观测值!D25')).toBeInTheDocument();
    const publish = screen.getByRole('button', { name: '发布' });
    expect(publish).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '我已核对以上提示' }));
    expect(publish).toBeEnabled();
    await user.type(note, '十月数据核对无误');
    await user.click(publish);

    expect(await screen.findByText('第 3 版已发布，公开页面现在显示这一版的数据。')).toHaveFocus();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        url: `${admin}/revisions/3/publish`,
        body: { note: '十月数据核对无误', acceptWarnings: true },
      },
    ]);
    // The public figures this tab holds are stale now, and the history was fetched again.
    expect(queryClient.getQueryState(['report'])?.isInvalidated).toBe(true);
    expect(sent.filter((request) => request.url.endsWith('/revisions'))).toHaveLength(2);
  });

  it('says why the service refused in the reader’s words (409 stale-draft)', async () => {
    const user = userEvent.setup();
    adminApi({ revisions: [revision({ ...history[0], id: 3, warnings: [] }), ...history.slice(1)] });
    server.use(
      http.post(`${admin}/revisions/3/publish`, () =>
        HttpResponse.json({ error: { code: 'stale-draft', message: 'The draft is stale' } }, { status: 409 }),
      ),
    );
    renderWithApp(<DataPage mocks={false} />);
    await user.click(await screen.findByRole('button', { name: '打开 第 3 版草稿' }));
    await user.click(await screen.findByRole('button', { name: '发布' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('发布失败');
    expect(alert).toHaveTextContent('这份草稿基于的版本已不是当前版本');
  });
});

describe('the history', () => {
  it('lists every revision with its status, who, when, note and file', async () => {
    adminApi();
    renderWithApp(<DataPage mocks={false} />);
    const table = await screen.findByRole('table', { name: '历史版本' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '第 3 版',
      '第 2 版',
      '第 1 版',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['草稿', '当前', '已发布']);
    expect(rows[1]).toHaveTextContent('九月数据');
    expect(rows[1]).toHaveTextContent('2025年11月1日');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'shanxi-ict-sep.xlsx' })).toHaveAttribute(
      'href',
      `${admin}/revisions/2/file`,
    );
    expect(within(rows[2] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
  });

  it('compares a revision with the current one', async () => {
    const user = userEvent.setup();
    adminApi();
    const asked: string[] = [];
    server.use(
      http.get(`${admin}/diff`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({ ...noDiff, removed: [{ ...octoberChange, after: undefined }] });
      }),
    );
    renderWithApp(<DataPage mocks={false} />);
    await user.click(await screen.findByRole('button', { name: '与当前版本比较 第 1 版' }));
    expect(await screen.findByRole('heading', { name: '第 1 版与当前第 2 版的差异' })).toHaveFocus();
    const removed = await screen.findByRole('table', { name: '删除的观测值' });
    expect(within(removed).getByRole('row', { name: /5G基站/ })).toHaveTextContent('11.5');
    expect(asked).toEqual(['?from=2&to=1']);
  });

  it('rolls back only after a confirmation, with the note, and 取消 returns the focus', async () => {
    const user = userEvent.setup();
    const sent = adminApi();
    server.use(
      http.post(`${admin}/revisions/1/rollback`, async ({ request }) => {
        sent.push({ method: 'POST', url: request.url, body: await request.json() });
        return HttpResponse.json({ ...history[2], current: true });
      }),
    );
    renderWithApp(<DataPage mocks={false} />);
    // Only a published revision that is not current can be rolled back to.
    const rollback = await screen.findByRole('button', { name: '回滚 第 1 版' });
    expect(screen.queryByRole('button', { name: '回滚 第 2 版' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '回滚 第 3 版' })).not.toBeInTheDocument();

    await user.click(rollback);
    const confirm = screen.getByRole('form', { name: '回滚到第 1 版？' });
    expect(within(confirm).getByRole('heading', { name: '回滚到第 1 版？' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('form', { name: '回滚到第 1 版？' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(rollback).toHaveFocus());
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await user.click(rollback);
    const again = screen.getByRole('form', { name: '回滚到第 1 版？' });
    await user.type(within(again).getByLabelText('回滚说明（可选）'), '十月数据有误');
    await user.click(within(again).getByRole('button', { name: '确认回滚' }));
    expect(await screen.findByText('已回滚到第 1 版，公开页面现在显示这一版的数据。')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', url: `${admin}/revisions/1/rollback`, body: { note: '十月数据有误' } },
    ]);
  });
});

describe('the header link and the preview banner', () => {
  it('shows 数据管理 only with the signed-in hint cookie, and never in the demo', () => {
    const first = renderWithApp(<Header report={undefined} mocks={false} />);
    expect(screen.queryByRole('link', { name: '数据管理' })).not.toBeInTheDocument();
    first.unmount();

    document.cookie = 'shanxi_signed_in=1; Path=/';
    const second = renderWithApp(<Header report={undefined} mocks={false} />);
    expect(screen.getByRole('link', { name: '数据管理' })).toHaveAttribute('href', '/data');
    second.unmount();

    renderWithApp(<Header report={undefined} mocks />);
    expect(screen.queryByRole('link', { name: '数据管理' })).not.toBeInTheDocument();
  });

  it('says above the page that a draft is shown', async () => {
    window.history.replaceState(null, '', '/data?revision=4');
    renderWithApp(<AppRoutes mocks screenCycleSeconds={15} previewRevision={4} />);
    const banner = screen.getByText('预览：第 4 版草稿（未发布）');
    expect(banner).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('heading', { level: 1, name: '数据管理' })).toBeInTheDocument();
  });
});
