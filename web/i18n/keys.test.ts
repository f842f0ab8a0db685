/**
 * Every UI key the code uses exists in both catalogs, with the same placeholders, and nothing is left blank.
 * The scan is static: t('…'), tr('…') calls and `'…' as UiKey`-free literals in web/**; keys built at run time
 * (step.kind.<kind>) are checked against their source list separately.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './catalog/en';
import { ko } from './catalog/ko';

const WEB = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : files(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const CALL = /\b(?:t|tr|i18n\.t)\(\s*(['"`])([^'"`$]+)\1/g;

function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const f of files(WEB)) {
    // Comments may quote t('…') itself; only code counts.
    const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of src.matchAll(CALL)) {
      const list = used.get(m[2]) ?? [];
      list.push(f.slice(WEB.length + 1));
      used.set(m[2], list);
    }
  }
  return used;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogs', () => {
  const used = usedKeys();

  it('finds the t() calls (the scan works)', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  it('has every key the code uses, in English and Korean', () => {
    const missing = [...used.keys()].filter((k) => !(k in en) || !(k in ko)).map((k) => `${k} (${used.get(k)!.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has the same keys and placeholders in both languages, none blank', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(v.trim(), k).not.toBe('');
      expect(ko[k as keyof typeof en].trim(), k).not.toBe('');
      expect(placeholders(ko[k as keyof typeof en]), k).toEqual(placeholders(v));
    }
  });

  it('has a label for every trace step kind', async () => {
    const src = readFileSync(join(WEB, '../src/trace/types.ts'), 'utf8');
    const kinds = [...src.slice(src.indexOf('export type StepKind'), src.indexOf(';', src.indexOf('export type StepKind'))).matchAll(/'([a-z.-]+)'/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(15);
    for (const kind of kinds) expect(en, kind).toHaveProperty([`step.kind.${kind}`]);
  });

  it('Korean reads as Korean (Hangul in every sentence-like string)', () => {
    const english = Object.entries(ko).filter(([k, v]) => /\s/.test(en[k as keyof typeof en]) && !/[가-힣]/.test(v));
    expect(english.map(([k]) => k)).toEqual([]);
  });
});
