import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useCheckSessionAgain } from './admin-queries';
import { errorText, isSessionEnded, useDataText } from './data-text';

/**
 * A failed admin call, in the reader's language: 重新登录 when the session is gone, else 重试 when it can be tried
 * again. Announced (role="alert").
 */
export function AdminErrorAlert({
  title,
  error,
  message,
  onRetry,
  className,
}: {
  title: string;
  error: unknown;
  /** The text to show instead of the general mapping (the sign-in form's own). */
  message?: string;
  onRetry?: () => void;
  className?: string;
}) {
  const text = useDataText();
  const checkSessionAgain = useCheckSessionAgain();
  const ended = isSessionEnded(error) && message === undefined;
  return (
    <Alert title={title} className={className}>
      <p className="mt-1">{message ?? errorText(error, text)}</p>
      {ended ? (
        <Button variant="primary" className="mt-3" onClick={checkSessionAgain}>
          {text.signInAgain}
        </Button>
      ) : onRetry ? (
        <Button variant="primary" className="mt-3" onClick={onRetry}>
          {text.retry}
        </Button>
      ) : null}
    </Alert>
  );
}
