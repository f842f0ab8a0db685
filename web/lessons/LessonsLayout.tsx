import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../layout/ErrorBoundary';
import { useT } from '../i18n/index';
import { lessonStore, useLessons } from './lessonStore';
import './lessons.css';

const LessonsPanel = lazy(() => import('./LessonsPanel'));

/**
 * The workspace with the lesson column beside it (before the editor: read, then edit) when lessons are open;
 * on a narrow screen the column goes on top. The panel's code and the catalog load the first time it opens.
 */
export function LessonsLayout({ children, narrow }: { children: ReactNode; narrow?: boolean }) {
  const t = useT();
  const open = useLessons((s) => s.panelOpen);
  if (!open) return <>{children}</>;
  return (
    <div className={narrow ? 'with-lessons with-lessons--narrow' : 'with-lessons'}>
      <div className="lessons-column">
        <ErrorBoundary what="the lessons">
          <Suspense fallback={<p className="muted lessons-loading">{t('lessons.loading')}</p>}>
            <LessonsPanel />
          </Suspense>
        </ErrorBoundary>
      </div>
      <div className="lessons-rest">{children}</div>
    </div>
  );
}

/** The header's toggle for the lesson column. */
export function LessonsButton() {
  const t = useT();
  const open = useLessons((s) => s.panelOpen);
  return (
    <button type="button" aria-pressed={open} data-testid="header.lessons" onClick={() => lessonStore.getState().openPanel(!open)}>
      {t('header.lessons')}
    </button>
  );
}
