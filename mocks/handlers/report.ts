import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import type { Report } from '../../src/api/schemas';
import { report } from '../data';

export const reportHandlers = (baseUrl: string) => [
  http.get(`${baseUrl}${endpoints.report}`, () => HttpResponse.json<Report>(report)),
];
