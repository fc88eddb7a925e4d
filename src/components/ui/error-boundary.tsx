import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError, logRenderError } from '@/lib/log-render-error';
import { claimChunkReload } from '@/domain/refresh/reload-guard';

export interface BoundaryFallbackProps {
  error: unknown;
  chunkFailed: boolean;
  retry: () => void;
}

interface ErrorBoundaryProps {
  /** What this boundary guards, for the log: `card:<indicator id>`, `chart:<chart id>`, `area:<area id>`, `route:embed`. */
  what: string;
  fallback: (props: BoundaryFallbackProps) => ReactNode;
  children: ReactNode;
}

/** `reloading`: a chunk did not arrive (dist/ was likely replaced) and this page reloads once instead of alerting. */
type ErrorBoundaryState = { failed: false } | { failed: true; error: unknown; reloading: boolean };

/** Keeps a render error inside the part that threw: the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error, reloading: isChunkLoadError(error) && claimChunkReload() };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    if (this.state.failed && this.state.reloading) return window.location.reload();
    logRenderError(this.props.what, error);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { error, reloading } = this.state;
    if (reloading) return null;
    return this.props.fallback({ error, chunkFailed: isChunkLoadError(error), retry: this.retry });
  }
}
