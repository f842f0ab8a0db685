import { Component, type ErrorInfo, type ReactNode } from 'react';
import { tr } from '../i18n/index';

interface Props {
  /** What failed, for the message ("the graph"). */
  what: string;
  children: ReactNode;
  /** Shown under the message instead of the failed part (e.g. a simpler view of the same data). */
  fallback?: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One panel's crash stays in that panel: the rest of the app (and the learner's text, which lives in the
 * store and localStorage) keeps working. "Try again" re-mounts the part.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`PodPath: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert" data-testid="panel.error">
        <p>
          {tr('panel.failed')} <code>{this.state.error.message}</code>{' '}
          <button type="button" onClick={() => this.setState({ error: null })}>{tr('panel.retry')}</button>
        </p>
        {this.props.fallback}
      </div>
    );
  }
}
