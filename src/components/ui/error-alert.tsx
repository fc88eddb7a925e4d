import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
  detailsLabel: string;
  details?: ReactNode;
}

/** A failure in the reader's language, with a retry; technical details only on demand. */
export function ErrorAlert({ title, message, retryLabel, onRetry, detailsLabel, details }: ErrorAlertProps) {
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm text-ink">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md bg-accent-700 px-3 py-1.5 font-medium text-white hover:bg-accent-800"
        >
          {retryLabel}
        </button>
        {details ? (
          <details className="text-muted">
            <summary className="cursor-pointer">{detailsLabel}</summary>
            <div className="mt-2 break-all font-mono text-xs">{details}</div>
          </details>
        ) : null}
      </div>
    </div>
  );
}
