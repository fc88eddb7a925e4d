import { ApiRequestError } from '../../src/api/api-error';

/** Awaits a request that must fail and returns its typed error (anything else fails the test). */
export async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}
