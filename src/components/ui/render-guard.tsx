import type { ReactNode } from 'react';
import { useI18nOrInitial } from '@/domain/i18n/language-context';
import { Button } from './button';
import { cn } from './cn';
import { ErrorBoundary, type BoundaryFallbackProps } from './error-boundary';

interface RenderGuardProps {
  /** For the log: `card:<indicator id>`, `chart:<chart id>`, `area:<area id>`, `route:<page>`, `app`. */
  what: string;
  /** What the reader is told failed, in their language (a card's name, a chart's title); the app's name if absent. */
  label?: string;
  className?: string;
  children: ReactNode;
}

function RenderErrorAlert({ label, chunkFailed, retry, className }: BoundaryFallbackProps & RenderGuardProps) {
  const { t } = useI18nOrInitial();
  return (
    <div
      role="alert"
      className={cn('rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm text-ink', className)}
    >
      <p className="font-semibold break-words">{chunkFailed ? t.chunkFailed : t.renderFailed(label ?? t.appName)}</p>
      <Button
        variant="primary"
        // A chunk that failed once stays failed in this page (the import is cached): only a reload fetches it again.
        onClick={chunkFailed ? () => window.location.reload() : retry}
        className="mt-3"
      >
        {chunkFailed ? t.reload : t.retry}
      </Button>
    </div>
  );
}

/** An error boundary with the standard fallback: says what failed in the reader's language, with 重试 or 重新加载. */
export function RenderGuard(props: RenderGuardProps) {
  return (
    <ErrorBoundary what={props.what} fallback={(fallback) => <RenderErrorAlert {...props} {...fallback} />}>
      {props.children}
    </ErrorBoundary>
  );
}
