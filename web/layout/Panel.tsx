import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  id: string;
  title: string;
  testId?: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled region of the screen (a landmark for screen readers). */
export function Panel({ id, title, testId, extra, className, children }: Props) {
  return (
    <section className={`panel panel-${id} ${className ?? ''}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="panel-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {extra}
      </header>
      <div className="panel-body">
        <ErrorBoundary what={`the ${id} panel`}>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
