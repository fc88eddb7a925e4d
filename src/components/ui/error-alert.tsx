import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

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
    <Alert title={title}>
      <p className="mt-1">{message}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={onRetry}>
          {retryLabel}
        </Button>
        {details ? (
          <details className="text-muted">
            <summary className="cursor-pointer">{detailsLabel}</summary>
            <div className="mt-2 break-all font-mono text-xs">{details}</div>
          </details>
        ) : null}
      </div>
    </Alert>
  );
}
