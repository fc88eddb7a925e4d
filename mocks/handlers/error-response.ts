import { HttpResponse } from 'msw';
import type { ApiError } from '../../src/api/schemas';

export const errorResponse = (status: number, code: string, message: string) =>
  HttpResponse.json<ApiError>({ error: { code, message } }, { status });
