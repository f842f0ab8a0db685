import { describe, expect, it, vi } from 'vitest';
import { i18n, rememberingT, type UiT } from './index';

describe('rememberingT', () => {
  it('asks i18next once per key and options, and again once resources change', () => {
    const base = vi.fn((key: string, options?: Record<string, unknown>) => `${key}:${JSON.stringify(options ?? null)}`);
    const t = rememberingT(base as unknown as UiT);
    expect(t('graph.fit')).toBe('graph.fit:null');
    expect(t('graph.fit')).toBe('graph.fit:null');
    expect(t('graph.collapse', { name: 'default' })).toBe('graph.collapse:{"name":"default"}');
    expect(t('graph.collapse', { name: 'default' })).toBe('graph.collapse:{"name":"default"}');
    expect(t('graph.collapse', { name: 'kube-system' })).toBe('graph.collapse:{"name":"kube-system"}');
    expect(base).toHaveBeenCalledTimes(3);
    i18n.addResourceBundle('en', 'ui', { 'test.only': 'x' }, true, true);
    t('graph.fit');
    expect(base).toHaveBeenCalledTimes(4);
  });

  it('keeps the answers of each t apart (a new t comes with a new language)', () => {
    const en = vi.fn(() => 'Fit');
    const ko = vi.fn(() => '맞추기');
    expect(rememberingT(en as unknown as UiT)('graph.fit')).toBe('Fit');
    expect(rememberingT(ko as unknown as UiT)('graph.fit')).toBe('맞추기');
  });

  it('answers the real catalog like i18next does', () => {
    const t = i18n.getFixedT('en') as unknown as UiT;
    const r = rememberingT(t);
    expect(r('graph.collapse', { name: 'default' })).toBe(t('graph.collapse', { name: 'default' }));
    expect(r('graph.collapse', { name: 'default' })).toContain('default');
  });

  it('does not remember calls whose options are not plain values', () => {
    const base = vi.fn((key: string) => key);
    const t = rememberingT(base as unknown as UiT);
    t('graph.collapse', { name: undefined });
    t('graph.collapse', { name: undefined });
    t('graph.collapse', { name: { nested: true } });
    t('graph.collapse', { name: { nested: true } });
    expect(base).toHaveBeenCalledTimes(4);
  });
});
