import { lazy, Suspense, type ComponentProps } from 'react';

const LoadedApiErrorAlert = lazy(() =>
  import('./api-error-alert').then((module) => ({ default: module.ApiErrorAlert })),
);

/** The error alert, fetched only when something has failed: most visits never need its code. */
export function LazyApiErrorAlert(props: ComponentProps<typeof LoadedApiErrorAlert>) {
  return (
    <Suspense fallback={null}>
      <LoadedApiErrorAlert {...props} />
    </Suspense>
  );
}
