import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '@/api/api-client-context';
import type { ApiClient } from '@/api/client';
import { LanguageProvider } from '@/lib/i18n/language-context';

export function AppProvider({
  apiClient,
  queryClient,
  children,
}: {
  apiClient: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </LanguageProvider>
  );
}
