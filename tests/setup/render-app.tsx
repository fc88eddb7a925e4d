import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApiClient } from '../../src/api/client';
import { createQueryClient } from '../../src/api/query-client';
import { AppProvider } from '../../src/app/provider';
import { TEST_API_BASE_URL } from '../../mocks/node';

/**
 * Renders UI as main.tsx does: the real providers, the real client, the production retry rule (only its delays
 * shrink) and a root that leaves logging caught render errors to the error boundaries.
 */
export function renderWithApp(ui: ReactNode, { timeoutMs = 2000 }: { timeoutMs?: number } = {}) {
  const queryClient = createQueryClient({ retryDelay: 1 });
  const apiClient = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs });
  return render(
    <AppProvider apiClient={apiClient} queryClient={queryClient}>
      {ui}
    </AppProvider>,
    { onCaughtError: () => undefined },
  );
}
