/** Which lessons the learner has solved, kept in localStorage (ids → when). Storage may be missing or full. */
export const PROGRESS_KEY = 'podpath.lessons.v1';

export interface Progress {
  solved: Readonly<Record<string, number>>;
}

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

export function loadProgress(store: Store): Progress {
  try {
    const raw = store?.getItem(PROGRESS_KEY);
    const v = raw ? (JSON.parse(raw) as { solved?: unknown }) : null;
    if (v && typeof v.solved === 'object' && v.solved !== null && !Array.isArray(v.solved)) {
      const solved: Record<string, number> = {};
      for (const [k, t] of Object.entries(v.solved)) if (typeof t === 'number') solved[k] = t;
      return { solved };
    }
  } catch {
    // A corrupt entry reads as no progress; it is rewritten on the next solve.
  }
  return { solved: {} };
}

export function markSolved(store: Store, progress: Progress, id: string, now: number): Progress {
  if (progress.solved[id]) return progress;
  const next = { solved: { ...progress.solved, [id]: now } };
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // Remembered for this visit only.
  }
  return next;
}
