import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { python, runData, startService, type RunningService } from './data-service';

/**
 * The statistician's round trip against the real data service (its own process, the embedded store): export the
 * workbook from the 导出 menu, add October's 5G base stations with openpyxl, import and publish with
 * `npm run data`, and the open page shows it at its next refresh; `rollback 1` brings the article back.
 */
const ADD_OCTOBER = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book['观测值']
sheet.append(['5g-base-stations', '5G基站', '2025-10-31', 12.1, '万个', None, '精确', '山西省通信管理局 2025年10月通信业统计月报'])
book.save(sys.argv[2])
`;
const SEED_MISTAKES = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book['观测值']
sheet.append(['5g-base-stations', '5G基站', '2025-10-31', '十二点一', '万个', None, '精确', '月报'])
sheet.append(['5g-base-stations', '5G基站', '2025-13-01', 12.1, '万个', None, '精确', '月报'])
sheet.append(['no-such-indicator', '不存在', '2025-10-31', 1, '万个', None, '精确', '月报'])
book.save(sys.argv[2])
`;

let service: RunningService;
let token: string;
test.beforeAll(async () => {
  service = await startService();
  const created = await runData([
    'token',
    'create',
    '--name',
    'round-trip',
    '--role',
    'publisher',
    '--json',
    '--data-dir',
    service.dataDir,
  ]);
  expect(created.code, created.stderr).toBe(0);
  token = (JSON.parse(created.stdout) as { token: string }).token;
});
test.afterAll(async () => {
  await service.stop();
});

const stationsCard = (page: Page) => page.getByRole('article', { name: '5G基站', exact: true });

async function openLive(page: Page) {
  // The service's own config.json says live mode; a 10 s refresh (the minimum) keeps the test short.
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ apiBaseUrl: '/api', mocks: false, refreshIntervalMs: 10_000 }),
    }),
  );
  await page.goto(`${service.url}/#network`);
  await expect(stationsCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible();
}

async function exportWorkbook(page: Page, file: string) {
  await page.getByRole('banner').getByRole('button', { name: '导出' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Excel 数据表 (.xlsx)' }).click();
  await (await saved).saveAs(file);
}

test('export, add October in Excel, import and publish: the open page shows 12.1万个; rollback 1 gives the article back', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openLive(page);
  const exported = testInfo.outputPath('exported.xlsx');
  const edited = testInfo.outputPath('october.xlsx');
  await exportWorkbook(page, exported);
  await python(ADD_OCTOBER, [exported, edited]);

  const imported = await runData([
    'import',
    edited,
    '--publish',
    '--note',
    '十月数据',
    '--server',
    service.url,
    '--token',
    token,
  ]);
  expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  expect(imported.stdout).toContain('5g-base-stations 2025-10-31: 12.1 万个');
  await expect(stationsCard(page).getByText('12.1万个', { exact: true }).first()).toBeVisible({ timeout: 30_000 });

  const rolledBack = await runData(['rollback', '1', '--server', service.url, '--token', token]);
  expect(rolledBack.code, rolledBack.stderr).toBe(0);
  await expect(stationsCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(stationsCard(page).getByText('12.1万个', { exact: true })).toHaveCount(0);
});

test('a workbook with three mistakes exits 1, names all three cells, and publishes nothing', async ({
  page,
}, testInfo) => {
  await page.goto(`${service.url}/`);
  const before = await (await fetch(`${service.url}/api/indicators`)).text();
  const exported = testInfo.outputPath('exported.xlsx');
  const broken = testInfo.outputPath('broken.xlsx');
  await exportWorkbook(page, exported);
  await python(SEED_MISTAKES, [exported, broken]);

  const result = await runData(['import', broken, '--publish', '--server', service.url, '--token', token]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('3 problem(s); nothing was stored or published');
  expect(result.stdout).toContain('观测值!D37  «十二点一»');
  expect(result.stdout).toContain('观测值!C38  «2025-13-01»');
  expect(result.stdout).toContain('观测值!A39  «no-such-indicator»');
  expect(await (await fetch(`${service.url}/api/indicators`)).text()).toBe(before);
});
