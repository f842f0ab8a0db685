/**
 * The lesson catalog (and the checker, which runs the engine) is loaded on demand, in its own chunk: the first
 * screen does not wait for sixteen scenarios.
 */
import { useEffect, useState } from 'react';

export type LessonsModule = typeof import('../../src/lessons/index');

let loaded: LessonsModule | null = null;
let loading: Promise<LessonsModule> | null = null;

export function loadLessons(): Promise<LessonsModule> {
  loading ??= import('../../src/lessons/index').then((m) => (loaded = m));
  return loading;
}

export function lessonsIfLoaded(): LessonsModule | null {
  return loaded;
}

/** The catalog, or null while it loads (the first call starts loading). */
export function useLessonCatalog(): LessonsModule | null {
  const [mod, setMod] = useState<LessonsModule | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    void loadLessons().then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [mod]);
  return mod;
}
