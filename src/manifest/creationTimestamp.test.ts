import { describe, expect, it } from 'vitest';
import { createManifestParser } from './parse';

// metadata.creationTimestamp is kept as written (RFC 3339) so controllers that order by age can use it
// (ingress-nginx sorts Ingresses oldest first: internal/ingress/controller/store/store.go sortIngressSlice).
describe('metadata.creationTimestamp', () => {
  it.each([
    ['unquoted', 'creationTimestamp: 2024-01-03T12:49:00Z', '2024-01-03T12:49:00Z'],
    ['quoted string', 'creationTimestamp: "2024-01-03T12:49:00Z"', '2024-01-03T12:49:00Z'],
    ['absent', '', undefined],
  ])('%s', (_name, line, expected) => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  ${line}\n`;
    const [ns] = createManifestParser().parse(text).objects;
    expect(ns.metadata.creationTimestamp).toBe(expected);
  });
});
