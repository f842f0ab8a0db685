/** The lesson panel's data, as the panel uses it: every lesson is complete in both languages and checkable. */
import { describe, expect, it } from 'vitest';
import { lessons } from '../../src/lessons/index';

describe('lessons as the panel shows them', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('%s has text in English and Korean', (_id, l) => {
    for (const text of [l.title, l.summary, l.challenge.task, l.challenge.hint, ...l.steps.map((s) => s.text), ...(l.pitfalls ?? [])]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ko).toMatch(/[가-힣]/);
    }
    expect(l.steps.length).toBeGreaterThan(0);
    expect(l.challenge.goals.length).toBeGreaterThan(0);
  });

  it('has unique ids usable in links', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
