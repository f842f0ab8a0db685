/**
 * What the lesson panel does to the app: run a step's command (placeholders filled from the current
 * simulation by the worker, from the step's source), check the challenge, load the starter or the solution.
 */
import type { Lesson, LessonStep } from '../../src/lessons/types';
import { getAppStore } from '../store/index';
import { replaceText } from '../share/replace';
import { loadLessons } from './catalog';
import { lessonStore } from './lessonStore';

export async function runStep(step: LessonStep): Promise<void> {
  if (!step.command) return;
  const app = getAppStore().getState();
  // Placeholders ({clusterIP:default/web} …) are filled by the worker, which holds the cluster state.
  const command = await app.expandCommand(step.command);
  if (step.source) app.setConsoleSource(step.source);
  await getAppStore().getState().runLine(command);
}

/** Check the editor's text against the challenge; a pass is remembered. */
export async function checkChallenge(lesson: Lesson): Promise<boolean> {
  const mod = await loadLessons();
  const text = getAppStore().getState().text;
  const result = mod.checkLesson(lesson, text);
  lessonStore.getState().setCheck(result, text);
  if (result.met) lessonStore.getState().solved(lesson.id);
  return result.met;
}

/** Open a lesson and put its starter in the editor (the person's text is put aside, restorable). */
export function startLesson(lesson: Lesson): void {
  lessonStore.getState().openLesson(lesson.id);
  replaceText(lesson.scenario, 'lesson');
  // A trace of the previous scenario would hide the first step's focus.
  getAppStore().getState().loadTrace(null);
  lessonStore.getState().setCheck(null);
}

export function loadSolution(lesson: Lesson): void {
  replaceText(lesson.challenge.solution, 'lesson');
  lessonStore.getState().setCheck(null);
}

export function resetStarter(lesson: Lesson): void {
  replaceText(lesson.scenario, 'lesson');
  lessonStore.getState().setCheck(null);
}
