import type { Lesson } from '../../src/lessons/types';
import { useLang, useT } from '../i18n/index';
import { startLesson } from './actions';
import { useLessons } from './lessonStore';

/** Every lesson in course order: title, summary, tags, and a ✓ for the solved ones. */
export function LessonList({ lessons }: { lessons: readonly Lesson[] }) {
  const t = useT();
  const lang = useLang();
  const solved = useLessons((s) => s.progress.solved);
  const done = lessons.filter((l) => solved[l.id]).length;
  return (
    <div className="lesson-list" data-testid="lessons.list">
      <p className="muted lesson-progress">{t('lessons.progress', { done, total: lessons.length })}</p>
      <ol>
        {lessons.map((l, i) => (
          <li key={l.id}>
            <button type="button" className="lesson-item" data-testid={`lessons.open.${l.id}`} onClick={() => startLesson(l)}>
              <span className="lesson-no" aria-hidden="true">{solved[l.id] ? '✓' : i + 1}</span>
              <span className="lesson-item-body">
                <span className="lesson-item-title">
                  {l.title[lang]}
                  {solved[l.id] && <span className="sr-only"> ({t('lessons.solved')})</span>}
                </span>
                <span className="lesson-item-summary">{l.summary[lang]}</span>
                <span className="lesson-tags" translate="no">{l.tags.map((tag) => <span key={tag} className="lesson-tag">{tag}</span>)}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
