import { getAppStore } from '../store/index';
import { DEFAULT_SOURCE } from '../store/consoleSlice';
import { lessonStore } from '../lessons/lessonStore';
import { DEFAULT_SCENARIO } from '../samples/default';
import { useT } from '../i18n/index';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { LessonsButton } from '../lessons/LessonsLayout';
import { PresentButton } from '../present/PresentView';
import { shareStore } from '../share/shareStore';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * The sample replaces the scenario as a whole: a trace, a lesson or a console source of the text it replaces
 * would be left pointing at objects that are gone (a lesson's `dig` still on the player, the console running from
 * its deleted pod), so they go too.
 */
export function loadSample(): void {
  const app = getAppStore().getState();
  app.setText(DEFAULT_SCENARIO);
  app.loadTrace(null);
  app.setConsoleSource(DEFAULT_SOURCE);
  if (lessonStore.getState().lessonId !== null) lessonStore.getState().openLesson(null);
}

export function Header() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">◎</span>
        <h1>PodPath</h1>
        <p className="tagline">{t('header.tagline')}</p>
      </div>
      <nav className="header-actions" aria-label={t('header.actions')}>
        <ErrorBoundary what="the header buttons">
          <LessonsButton />
          {/* Same as web/share's ShareButton, without pulling the dialog (and its QR code library) into the first load. */}
          <button type="button" data-testid="header.share" onClick={() => shareStore.getState().setDialogOpen(true)}>{t('header.share')}</button>
          <PresentButton />
          <button
            type="button"
            data-testid="header.reset"
            onClick={() => {
              if (confirm(t('header.confirmSample'))) loadSample();
            }}
          >
            {t('header.loadSample')}
          </button>
          <LanguageSwitch />
        </ErrorBoundary>
      </nav>
    </header>
  );
}
