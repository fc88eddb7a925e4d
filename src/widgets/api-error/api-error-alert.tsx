import { isApiRequestError, type ApiRequestError } from '@/api/api-error';
import type { Messages } from '@/domain/i18n/messages';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/domain/i18n/language-context';
import { missingBrowserFeature } from '@/lib/missing-browser-feature';

function describeFailure(error: ApiRequestError, t: Messages): string {
  if (error.kind !== 'http' || error.status === undefined) return t.errorKind[error.kind];
  if (error.status === 401 || error.status === 403) return t.httpStatus.unauthorized;
  if (error.status === 404) return t.httpStatus.notFound;
  if (error.status >= 500) return t.httpStatus.unavailable;
  return t.errorKind.http;
}

/** Turns any query error into a plain-language alert; URL, status and schema path sit behind "details". */
export function ApiErrorAlert({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const apiError = isApiRequestError(error) ? error : undefined;
  const missingFeature = apiError ? undefined : missingBrowserFeature(error);
  const details = apiError ? (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
      <dt>URL</dt>
      <dd>{apiError.url}</dd>
      {apiError.status !== undefined ? (
        <>
          <dt>HTTP</dt>
          <dd>{apiError.status}</dd>
        </>
      ) : null}
      <dt>{apiError.kind}</dt>
      <dd>{apiError.message}</dd>
      {apiError.issues.slice(0, 5).map((issue) => (
        <div key={`${issue.path}:${issue.message}`} className="contents">
          <dt>{issue.path}</dt>
          <dd>{issue.message}</dd>
        </div>
      ))}
    </dl>
  ) : (
    // An error we did not foresee always carries what the browser said, for whoever gets the screenshot.
    <p>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</p>
  );
  const message = apiError
    ? describeFailure(apiError, t)
    : missingFeature
      ? t.browserTooOld(missingFeature)
      : t.unknownError;
  return (
    <ErrorAlert
      title={title}
      message={message}
      retryLabel={t.retry}
      onRetry={onRetry}
      detailsLabel={t.details}
      details={details}
    />
  );
}
