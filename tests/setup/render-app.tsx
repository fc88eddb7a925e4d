import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApiClient } from '../../src/api/client';
import { createQueryClient } from '../../src/api/query-client';
import { AppProvider } from '../../src/app/provider';
import { TEST_API_BASE_URL } from '../../mocks/node';

/** Renders UI with the real providers, the real client and a fresh cache that never retries. */
export function renderWithApp(ui: ReactNode, { timeoutMs = 2000 }: { timeoutMs?: number } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const apiClient = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs });
  const rendered = render(
    <AppProvider apiClient={apiClient} queryClient={queryClient}>
      {ui}
    </AppProvider>,
  );
  return { ...rendered, queryClient };
}
