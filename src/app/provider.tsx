import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '@/api/api-client-context';
import type { ApiClient } from '@/api/client';
import { LanguageProvider } from '@/domain/i18n/language-context';
import { RefreshProvider } from '@/domain/refresh/refresh-context';
import type { BackgroundRefresh } from '@/domain/refresh/background-refresh';

export function AppProvider({
  apiClient,
  queryClient,
  refresh,
  children,
}: {
  apiClient: ApiClient;
  queryClient: QueryClient;
  /** The background refresh (src/domain/refresh); left out, the figures are fetched once. */
  refresh?: BackgroundRefresh;
  children: ReactNode;
}) {
  const content = <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>;
  return (
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        {refresh ? <RefreshProvider refresh={refresh}>{content}</RefreshProvider> : content}
      </QueryClientProvider>
    </LanguageProvider>
  );
}
