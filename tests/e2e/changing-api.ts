import type { Page } from '@playwright/test';
import { http, HttpResponse } from 'msw';
import { indicators } from '../../mocks/data';
import { startMockApiServer, type MockApiServer } from '../../mocks/server/create-mock-api-server';
import type { Indicator } from '../../src/api/schemas';

/** A live API on a free port whose answers a test changes while the page is open (server.use / resetHandlers). */
export const startChangingApi = (): Promise<MockApiServer> => startMockApiServer({ port: 0, host: 'localhost' });

/** Serves the built app in live mode against `api`, refreshing on the given interval. */
export async function openLive(page: Page, api: MockApiServer, refreshIntervalMs: number) {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ apiBaseUrl: api.url, mocks: false, refreshIntervalMs }),
    }),
  );
}

/** The dataset with one more observation on one indicator, as a statistics API would publish it. */
export function withObservation(id: string, date: string, value: number) {
  const changed = indicators.map((indicator): Indicator =>
    indicator.id === id
      ? {
          ...indicator,
          observations: [...indicator.observations, { date, value, derived: false, bound: 'exact' }],
        }
      : indicator,
  );
  return [
    http.get('*/api/indicators', ({ request }) => {
      const area = new URL(request.url).searchParams.get('area');
      return HttpResponse.json({ items: changed.filter((indicator) => !area || indicator.area === area) });
    }),
    http.get<{ id: string }>('*/api/indicators/:id', ({ params }) => {
      const indicator = changed.find((candidate) => candidate.id === params.id);
      return indicator ? HttpResponse.json(indicator) : undefined;
    }),
  ];
}

/** Every request answered 503, as an API in maintenance would. */
export const outage = () => [
  http.all('*', () =>
    HttpResponse.json({ error: { code: 'unavailable', message: 'Down for maintenance' } }, { status: 503 }),
  ),
];
