import { lazy, Suspense, type ComponentProps } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';

const LoadedApiErrorAlert = lazy(() =>
  import('./api-error-alert').then((module) => ({ default: module.ApiErrorAlert })),
);

/** The error alert, fetched only when something has failed: most visits never need its code. */
export function LazyApiErrorAlert(props: ComponentProps<typeof LoadedApiErrorAlert>) {
  // When the alert's own chunk does not arrive, the guard still says something failed and offers a reload.
  return (
    <RenderGuard what="api-error-alert" label={props.title}>
      <Suspense fallback={null}>
        <LoadedApiErrorAlert {...props} />
      </Suspense>
    </RenderGuard>
  );
}
