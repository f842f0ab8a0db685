import { useT } from '../i18n/index';
import { useLessonCatalog } from './catalog';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { lessonStore, useLessons } from './lessonStore';
import './lessons.css';

/** The lesson column: the list, or the open lesson. The catalog loads with the panel. */
export function LessonsPanel() {
  const t = useT();
  const mod = useLessonCatalog();
  const id = useLessons((s) => s.lessonId);
  const lesson = id && mod ? mod.lessonById(id) : undefined;
  return (
    <section className="panel panel-lessons" aria-labelledby="lessons-title" data-testid="lessons.panel">
      <header className="panel-header">
        <h2 id="lessons-title">{t('lessons.title')}</h2>
        <button type="button" aria-label={t('lessons.close')} title={t('lessons.close')} data-testid="lessons.close"
          onClick={() => lessonStore.getState().openPanel(false)}>✕</button>
      </header>
      <div className="panel-body lessons-body">
        {!mod ? <p className="muted lessons-loading">{t('lessons.loading')}</p>
          : lesson ? <LessonView lesson={lesson} />
          : <LessonList lessons={mod.lessons} />}
        {id && mod && !lesson && <p className="muted" role="alert">{t('lessons.unknown', { id })}</p>}
      </div>
    </section>
  );
}

export default LessonsPanel;
