import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import type { ApiError, Highlight } from '../../src/api/schemas';
import { highlights } from '../data';
import { readAreaFilter } from './area-filter';
import { errorResponse } from './error-response';

export const highlightHandlers = (baseUrl: string) => [
  http.get<never, never, { items: Highlight[] } | ApiError>(`${baseUrl}${endpoints.highlights}`, ({ request }) => {
    const area = readAreaFilter(request.url);
    if (area === null) return errorResponse(400, 'unknown-area', 'Unknown area');
    const items = area ? highlights.filter((highlight) => highlight.area === area) : highlights;
    return HttpResponse.json({ items });
  }),
];
