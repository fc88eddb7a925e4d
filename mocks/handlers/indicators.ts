import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import type { ApiError, Indicator } from '../../src/api/schemas';
import { indicators } from '../data';
import { readAreaFilter } from './area-filter';
import { errorResponse } from './error-response';

export const indicatorHandlers = (baseUrl: string) => [
  http.get<never, never, { items: Indicator[] } | ApiError>(`${baseUrl}${endpoints.indicators}`, ({ request }) => {
    const area = readAreaFilter(request.url);
    if (area === null) return errorResponse(400, 'unknown-area', 'Unknown area');
    const items = area ? indicators.filter((indicator) => indicator.area === area) : indicators;
    return HttpResponse.json({ items });
  }),
  http.get<{ id: string }, never, Indicator | ApiError>(`${baseUrl}${endpoints.indicator}`, ({ params }) => {
    const indicator = indicators.find((candidate) => candidate.id === params.id);
    if (!indicator) return errorResponse(404, 'not-found', 'No indicator with that id');
    return HttpResponse.json(indicator);
  }),
];
