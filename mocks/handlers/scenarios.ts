import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import { Indicator as IndicatorSchema, IndicatorList, Report, type Indicator } from '../../src/api/schemas';
import { withIllustrativeSeries } from '../data/illustrative-series';
import { errorResponse } from './error-response';

/**
 * Ways the mocked API misbehaves on purpose, so a presenter can show each state of the page; and `series`,
 * illustrative monthly series such as a real statistics API returns (marked as not real wherever they show).
 */
export const scenarioNames = ['slow', 'error', 'malformed', 'partial', 'empty', 'series'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

/** Long enough to watch the loading state, well inside the client's default 15 s timeout. */
export const SLOW_SCENARIO_DELAY_MS = 3000;

/** An unknown or missing name means the normal, well-behaved mock. */
export function parseScenario(value: string | null | undefined): ScenarioName | undefined {
  return scenarioNames.find((name) => name === value);
}

/** The value that breaks an item in the partial scenario: a string where the contract wants a number. */
export const PARTIAL_SCENARIO_INVALID_VALUE = 'NaN';

function withInvalidLatestValue(indicator: Indicator) {
  const last = indicator.observations.length - 1;
  return {
    ...indicator,
    observations: indicator.observations.map((observation, index) =>
      index === last ? { ...observation, value: PARTIAL_SCENARIO_INVALID_VALUE } : observation,
    ),
  };
}

/**
 * Wraps the normal handlers: each scenario asks them for the normal answer and then breaks it,
 * so a scenario never holds a second copy of the data or of the routing.
 */
export function applyScenario(handlers: HttpHandler[], baseUrl: string, scenario: ScenarioName): HttpHandler[] {
  const everyPath = `${baseUrl}/*`;
  const normalAnswer = (request: Request) => getResponse(handlers, request);

  switch (scenario) {
    case 'slow':
      // Answers nothing, so MSW falls through to the normal handler after the pause.
      return [
        http.all(everyPath, async () => {
          await delay(SLOW_SCENARIO_DELAY_MS);
        }),
        ...handlers,
      ];
    case 'error':
      return [
        http.all(everyPath, () =>
          errorResponse(503, 'unavailable', 'The statistics service is unavailable (mock scenario "error").'),
        ),
        ...handlers,
      ];
    case 'malformed':
      return [
        http.all(everyPath, async ({ request }) => {
          const normal = await normalAnswer(request);
          if (!normal) return undefined;
          const text = await normal.text();
          return new HttpResponse(text.slice(0, Math.ceil(text.length / 2)), {
            status: normal.status,
            headers: { 'Content-Type': 'application/json' },
          });
        }),
        ...handlers,
      ];
    case 'partial':
      return [
        http.get(`${baseUrl}${endpoints.indicators}`, async ({ request }) => {
          const normal = await normalAnswer(request);
          if (!normal?.ok) return normal;
          const { items } = IndicatorList.parse(await normal.json());
          const last = items.length - 1;
          return HttpResponse.json({
            items: items.map((indicator, index) => (index === last ? withInvalidLatestValue(indicator) : indicator)),
          });
        }),
        ...handlers,
      ];
    case 'empty': {
      const emptyList = (path: string) =>
        http.get(`${baseUrl}${path}`, async ({ request }) => {
          const normal = await normalAnswer(request);
          return normal?.ok ? HttpResponse.json({ items: [] }) : normal;
        });
      return [emptyList(endpoints.indicators), emptyList(endpoints.highlights), ...handlers];
    }
    case 'series':
      return [
        http.get(`${baseUrl}${endpoints.report}`, async ({ request }) => {
          const normal = await normalAnswer(request);
          if (!normal?.ok) return normal;
          return HttpResponse.json({ ...Report.parse(await normal.json()), illustrative: true });
        }),
        http.get(`${baseUrl}${endpoints.indicators}`, async ({ request }) => {
          const normal = await normalAnswer(request);
          if (!normal?.ok) return normal;
          const { items } = IndicatorList.parse(await normal.json());
          return HttpResponse.json({ items: items.map((indicator) => withIllustrativeSeries(indicator)) });
        }),
        http.get(`${baseUrl}${endpoints.indicator}`, async ({ request }) => {
          const normal = await normalAnswer(request);
          if (!normal?.ok) return normal;
          return HttpResponse.json(withIllustrativeSeries(IndicatorSchema.parse(await normal.json())));
        }),
        ...handlers,
      ];
  }
}
