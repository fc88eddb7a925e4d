import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { python, runData, startService, type RunningService } from '../setup/data-service';

/**
 * The editors' page (/data) against the real data service (its own process, a throw-away embedded store): an editor
 * uploads a workbook with three mistakes and sees each by its cell, fixes it, reads the diff and the preview, and
 * leaves the draft; a publisher publishes it, and a /screen nobody touches shows it at its next refresh; then a
 * rollback. axe checks every state on the way.
 */
const PUBLISHER = { name: 'wang.fang', password: 'publisher-pass-2026' };
const EDITOR = { name: 'li.ming', password: 'editor-pass-2026!' };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SEED_MISTAKES = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book['观测值']
sheet.append(['5g-base-stations', '5G基站', '2025-10-31', '十二点一', '万个', None, '精确', '月报'])
sheet.append(['5g-base-stations', '5G基站', '2025-13-01', 12.1, '万个', None, '精确', '月报'])
sheet.append(['no-such-indicator', '不存在', '2025-10-31', 1, '万个', None, '精确', '月报'])
book.save(sys.argv[2])
`;
const ADD_OCTOBER = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book['观测值']
sheet.append(['5g-base-stations', '5G基站', '2025-10-31', 12.1, '万个', None, '精确', '<b>省通信管理局</b> 10月月报'])
book.save(sys.argv[2])
`;

let service: RunningService;
test.beforeAll(async () => {
  service = await startService();
  for (const [person, role] of [
    [PUBLISHER, 'publisher'],
    [EDITOR, 'editor'],
  ] as const) {
    const added = await runData(
      ['user', 'add', person.name, '--role', role, '--data-dir', service.dataDir],
      {},
      `${person.password}\n`,
    );
    expect(added.code, added.stdout + added.stderr).toBe(0);
  }
});
test.afterAll(async () => {
  await service.stop();
});

/** The service's own config.json says live mode; a 10 s refresh (the minimum) keeps the wait short. */
async function liveWithFastRefresh(page: Page) {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ apiBaseUrl: '/api', mocks: false, refreshIntervalMs: 10_000 }),
    }),
  );
}

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
    `axe, ${state}`,
  ).toEqual([]);
}

async function signIn(page: Page, person: { name: string; password: string }) {
  await page.getByLabel('名称').fill(person.name);
  await page.getByLabel('密码').fill(person.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText(person.name, { exact: true })).toBeVisible();
}

async function upload(page: Page, file: string) {
  await page.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles(file);
  await page.getByRole('button', { name: '上传并检查' }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: service.url });
  return { context, page: await context.newPage() };
}

test('editor uploads, sees three mistakes by cell, fixes, previews and leaves a draft; publisher publishes; /screen follows; rollback', async ({
  page,
  browser,
  guards,
}, testInfo) => {
  test.setTimeout(300_000);
  // Chromium logs each 4xx as a failed load: the session check while signed out, the wrong password, the 422 report.
  guards.expectFailedRequests = [/\/api\/admin\/session>/, /\/api\/admin\/imports>/];

  // A wall nobody touches, in another window.
  const wall = await newPage(browser);
  await liveWithFastRefresh(wall.page);
  await wall.page.goto('/screen');
  const networkTile = wall.page.getByRole('tab', { name: /网络/ });
  await expect(networkTile).toContainText('11.5万个');

  // The editor signs in, by keyboard.
  await page.goto(`${service.url}/data`);
  await expect(page.getByRole('heading', { level: 1, name: '数据管理' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expectNoAxeViolations(page, 'signed out');
  await page.getByLabel('名称').focus();
  await page.keyboard.type(EDITOR.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('not-the-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('名称或密码不正确');
  await expectNoAxeViolations(page, 'sign-in error');
  await page.getByLabel('密码').fill(EDITOR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText(EDITOR.name, { exact: true })).toBeVisible();
  await expect(page.getByText('编辑', { exact: true })).toBeVisible();

  // The template is the published data as the workbook.
  const template = testInfo.outputPath('template.xlsx');
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载模板 (.xlsx)' }).click();
  await (await saved).saveAs(template);

  // Three mistakes: each in the report with its own cell and what it holds; nothing stored.
  const broken = testInfo.outputPath('broken.xlsx');
  await python(SEED_MISTAKES, [template, broken]);
  await upload(page, broken);
  const report = page.getByRole('alert').filter({ hasText: '发现 3 处问题，未保存任何内容。' });
  await expect(report).toBeVisible();
  const problems = page.getByRole('table', { name: '文件中的问题' });
  await expect(problems.getByRole('row')).toHaveCount(4);
  for (const [cell, holds] of [
    ['D39', '十二点一'],
    ['C40', '2025-13-01'],
    ['A41', 'no-such-indicator'],
  ] as const) {
    const row = problems.getByRole('row').filter({ hasText: cell });
    await expect(row.getByRole('cell').nth(0)).toHaveText('观测值');
    await expect(row.getByRole('cell').nth(1)).toHaveText(cell);
    await expect(row.getByRole('cell').nth(2)).toHaveText(`«${holds}»`);
  }
  await expectNoAxeViolations(page, 'validation report');

  // Fixed: the diff, with the typed source shown as typed; preview links; no publish for an editor.
  const fixed = testInfo.outputPath('october.xlsx');
  await python(ADD_OCTOBER, [template, fixed]);
  await page.getByLabel('说明（可选）').fill('十月数据');
  await upload(page, fixed);
  const draft = page.getByRole('region', { name: '第 2 版草稿' });
  await expect(draft).toBeVisible();
  const added = draft.getByRole('region', { name: '新增的观测值' });
  await expect(added).toContainText('5G基站');
  await expect(added).toContainText('2025-10-31');
  await expect(added).toContainText('12.1');
  await expect(added).toContainText('<b>省通信管理局</b> 10月月报');
  await expect(draft.getByText('等待发布人发布')).toBeVisible();
  await expect(draft.getByRole('button', { name: '发布' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'diff');

  const previewLink = draft.getByRole('link', { name: /预览仪表盘/ });
  await expect(previewLink).toHaveAttribute('href', '/?revision=2');
  const [preview] = await Promise.all([page.context().waitForEvent('page'), previewLink.click()]);
  await expect(preview.getByRole('status').filter({ hasText: '预览：第 2 版草稿（未发布）' })).toBeVisible();
  const previewCard = preview.getByRole('article', { name: '5G基站', exact: true });
  await expect(previewCard.getByText('12.1万个', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(preview, 'preview');
  await preview.close();

  // Nothing is public yet: the API and the wall still say 11.5.
  const publicAnswer = await (await fetch(`${service.url}/api/indicators/5g-base-stations`)).text();
  expect(publicAnswer).not.toContain('2025-10-31');
  const previewSignedOut = await fetch(`${service.url}/api/indicators/5g-base-stations?revision=2`);
  expect(previewSignedOut.status).toBe(401);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  // The publisher finds the draft in the list and publishes it.
  await signIn(page, PUBLISHER);
  const drafts = page.getByRole('region', { name: '待发布的草稿' });
  await expect(drafts).toContainText('第 2 版');
  await expect(drafts).toContainText(EDITOR.name);
  await drafts.getByRole('button', { name: '发布…' }).click();
  await page.getByLabel('发布说明（可选）').fill('核对无误');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByText('第 2 版已发布，公开页面现在显示这一版的数据。')).toBeVisible();

  // The wall shows it at its next refresh, with nobody touching it.
  await expect(networkTile).toContainText('12.1万个', { timeout: 40_000 });

  // History: who, the note, the file; rollback to 1 behind a confirmation.
  const history = page.getByRole('region', { name: '历史版本' });
  const second = history.getByRole('row').filter({ hasText: '第 2 版' });
  await expect(second).toContainText('当前');
  await expect(second).toContainText(EDITOR.name);
  await expect(second).toContainText('十月数据');
  await expect(second.getByRole('link', { name: /october\.xlsx/ })).toBeVisible();
  await expectNoAxeViolations(page, 'history');
  const first = history.getByRole('row').filter({ hasText: '第 1 版' });
  await first.getByRole('button', { name: '回滚' }).click();
  await expect(page.getByRole('form', { name: '回滚到第 1 版？' })).toBeVisible();
  await expectNoAxeViolations(page, 'rollback confirmation');
  await page.getByRole('button', { name: '确认回滚' }).click();
  await expect(page.getByText('已回滚到第 1 版，公开页面现在显示这一版的数据。')).toBeVisible();
  await expect(networkTile).toContainText('11.5万个', { timeout: 40_000 });

  // Every step is in the audit log under the person's name.
  const created = await runData([
    'token',
    'create',
    '--name',
    'auditor',
    '--role',
    'publisher',
    '--json',
    '--data-dir',
    service.dataDir,
  ]);
  const { token } = JSON.parse(created.stdout) as { token: string };
  const audit = await runData(['audit', '--server', service.url, '--token', token, '--json']);
  expect(audit.code, audit.stderr).toBe(0);
  const actions = (JSON.parse(audit.stdout) as { items: { actor: string; action: string }[] }).items.map(
    (entry) => `${entry.actor} ${entry.action}`,
  );
  expect(actions).toEqual(
    expect.arrayContaining([`${EDITOR.name} import`, `${PUBLISHER.name} publish`, `${PUBLISHER.name} rollback`]),
  );
  await wall.context.close();
});

test('the public pages show 数据管理 only to someone signed in on this browser', async ({ page, guards }) => {
  guards.expectFailedRequests = [/\/api\/admin\/session>/];
  await page.goto(`${service.url}/`);
  await expect(page.getByRole('article', { name: '5G基站', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '数据管理' })).toHaveCount(0);
  await page.goto(`${service.url}/data`);
  await signIn(page, PUBLISHER);
  await page.goto(`${service.url}/`);
  await page.getByRole('link', { name: '数据管理' }).click();
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByText(PUBLISHER.name, { exact: true })).toBeVisible();
});
