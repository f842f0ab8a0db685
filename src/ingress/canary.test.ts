/**
 * ingress-nginx canaries: balancer.lua route_to_alternative_balancer (header, then cookie, then weight) and
 * mergeAlternativeBackends (same host, path and pathType), per the annotations' documentation.
 */
import { describe, expect, it } from 'vitest';
import { ingress } from '../request/testing';
import { canaryAlternatives, canaryDecision, canaryPolicy, isCanary } from './canary';

const A = 'nginx.ingress.kubernetes.io/';
const canary = (ann: Record<string, string>) => ingress('default', 'c', {}, { [`${A}canary`]: 'true', ...ann });
const roll = (v: number) => () => v;

describe('which Ingress is a canary, and its policy', () => {
  it.each([['true', true], ['True', true], ['1', true], ['false', false], ['yes', false], ['“true”', false]])('canary: %s → %s (Go ParseBool)', (v, want) => {
    expect(isCanary(ingress('default', 'c', {}, { [`${A}canary`]: v }))).toBe(want);
  });
  it('weight and total are whole numbers, 0 and 100 when absent or not numbers', () => {
    expect(canaryPolicy(canary({ [`${A}canary-weight`]: '30' }))).toMatchObject({ weight: 30, weightTotal: 100 });
    expect(canaryPolicy(canary({ [`${A}canary-weight`]: 'ten', [`${A}canary-weight-total`]: '1000' }))).toMatchObject({ weight: 0, weightTotal: 1000 });
    expect(canaryPolicy(canary({ [`${A}canary-weight`]: ' 50' }))).toMatchObject({ weight: 0 });
  });
});

describe('route_to_alternative_balancer: header, then cookie, then weight', () => {
  const p = canaryPolicy(canary({ [`${A}canary-by-header`]: 'X-Canary', [`${A}canary-by-cookie`]: 'canary', [`${A}canary-weight`]: '50' }));
  it.each([
    ['header always', { 'x-canary': 'always' }, 'canary', 'header'],
    ['header never wins over the cookie', { 'X-Canary': 'never', Cookie: 'canary=always' }, 'primary', 'header'],
    ['another header value falls through to the cookie', { 'X-Canary': 'maybe', Cookie: 'a=b; canary=always' }, 'canary', 'cookie'],
    ['cookie never', { Cookie: 'canary=never' }, 'primary', 'cookie'],
    ['no header, no cookie: the weight', {}, 'canary', 'weight'],
  ])('%s', (_name, headers, to, by) => {
    expect(canaryDecision(p, headers, roll(50))).toMatchObject({ to, by });
  });
  it('weight: math.random(total) <= weight', () => {
    expect(canaryDecision(p, {}, roll(50))).toMatchObject({ to: 'canary', roll: 50, weight: 50, total: 100 });
    expect(canaryDecision(p, {}, roll(51))).toMatchObject({ to: 'primary' });
  });
  it('canary-by-header-value: only that value goes to the canary; any other falls through (always is no keyword then)', () => {
    const v = canaryPolicy(canary({ [`${A}canary-by-header`]: 'X-Region', [`${A}canary-by-header-value`]: 'eu' }));
    expect(canaryDecision(v, { 'X-Region': 'eu' }, roll(1))).toMatchObject({ to: 'canary', by: 'header' });
    expect(canaryDecision(v, { 'X-Region': 'always' }, roll(1))).toMatchObject({ to: 'primary', by: 'weight' });
  });
});

describe('canary-by-header-pattern (when there is no canary-by-header-value)', () => {
  const v = canaryPolicy(canary({ [`${A}canary-by-header`]: 'X-Region', [`${A}canary-by-header-pattern`]: 'cd|sz', [`${A}canary-by-cookie`]: 'c', [`${A}canary-weight`]: '0' }));
  it('a value the pattern finds goes to the canary (an unanchored search)', () => {
    expect(canaryDecision(v, { 'X-Region': 'sz' }, roll(100))).toMatchObject({ to: 'canary', by: 'header' });
    expect(canaryDecision(v, { 'X-Region': 'abcd' }, roll(100))).toMatchObject({ to: 'canary', by: 'header' });
  });
  it('always and never are no keywords then: they fall through to the cookie and the weight', () => {
    expect(canaryDecision(v, { 'X-Region': 'always' }, roll(100))).toMatchObject({ to: 'primary', by: 'weight' });
    expect(canaryDecision(v, { 'X-Region': 'never', Cookie: 'c=always' }, roll(100))).toMatchObject({ to: 'canary', by: 'cookie' });
  });
  it('a pattern that does not compile sends the request to the primary, before the cookie', () => {
    const bad = canaryPolicy(canary({ [`${A}canary-by-header`]: 'X-Region', [`${A}canary-by-header-pattern`]: '(', [`${A}canary-by-cookie`]: 'c' }));
    expect(canaryDecision(bad, { 'X-Region': 'x', Cookie: 'c=always' }, roll(1))).toMatchObject({ to: 'primary', by: 'header' });
  });
  it('canary-by-header-value wins over the pattern', () => {
    const both = canaryPolicy(canary({ [`${A}canary-by-header`]: 'X-Region', [`${A}canary-by-header-value`]: 'eu', [`${A}canary-by-header-pattern`]: '.*' }));
    expect(canaryDecision(both, { 'X-Region': 'us' }, roll(100))).toMatchObject({ to: 'primary', by: 'weight' });
  });
});

describe('mergeAlternativeBackends: a canary for the same host, path and pathType, attached to that location\'s upstream', () => {
  const rule = (host: string, path: string, pathType: 'Prefix' | 'Exact' | 'ImplementationSpecific', service: string) => ({ host, http: { paths: [{ path, pathType, backend: { service: { name: service, port: { number: 80 } } } }] } });
  const prod = ingress('default', 'prod', { rules: [rule('web.example.com', '/', 'Prefix', 'prod'), rule('web.example.com', '/b', 'Prefix', 'prod')] });
  it.each([
    ['same host, path and pathType', rule('web.example.com', '/', 'Prefix', 'canary'), ['default/prod:80']],
    ['another path', rule('web.example.com', '/app', 'Prefix', 'canary'), []],
    ['another pathType', rule('web.example.com', '/', 'Exact', 'canary'), []],
    // The controller reads ImplementationSpecific as Prefix (SetDefaultNGINXPathType): the same pathType.
    ['ImplementationSpecific next to Prefix', rule('web.example.com', '/', 'ImplementationSpecific', 'canary'), ['default/prod:80']],
    ['another host', rule('api.example.com', '/', 'Prefix', 'canary'), []],
    ['the primary\'s own upstream', rule('web.example.com', '/', 'Prefix', 'prod'), []],
  ] as const)('%s', (_name, r, upstreams) => {
    const c = ingress('default', 'c', { rules: [r] });
    expect([...canaryAlternatives([prod], [c]).keys()]).toEqual(upstreams);
  });
  it('only the first canary of an upstream counts', () => {
    const a = ingress('default', 'z-first', { rules: [rule('web.example.com', '/', 'Prefix', 'canary-a')] });
    const b = ingress('default', 'a-second', { rules: [rule('web.example.com', '/', 'Prefix', 'canary-b')] });
    expect(canaryAlternatives([prod], [a, b]).get('default/prod:80')?.ingress.metadata.name).toBe('z-first');
  });
});
