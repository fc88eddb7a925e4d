import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError, logRenderError } from '@/lib/log-render-error';

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

type ErrorBoundaryState = { failed: false } | { failed: true; error: unknown };

/** Keeps a render error inside the part that threw: the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    logRenderError(this.props.what, error);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { error } = this.state;
    return this.props.fallback({ error, chunkFailed: isChunkLoadError(error), retry: this.retry });
  }
}
