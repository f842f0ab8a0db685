import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import type { Diagnostic } from '../manifest/diagnostics';
import { KUBECTL_DUMP } from '../manifest/fixtures/kubectl-dump';
import { createManifestParser } from '../manifest/parse';
import { renderMessageIn } from '../messages/i18n';
import { lintEndpointSlices } from './endpointslices';

const SELECTORLESS = `apiVersion: v1
kind: Service
metadata: { name: db }
spec: { ports: [{ port: 5432 }] }
`;
const WITH_SELECTOR = `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec: { containers: [{ name: c, image: i, ports: [{ containerPort: 80 }] }] }
`;
const slice = (name: string, labels: string, addresses = '[192.168.0.10]') => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: ${name}
${labels ? `  labels:\n${labels}` : ''}addressType: IPv4
endpoints: [{ addresses: ${addresses} }]
ports: [{ port: 5432 }]
`;
const lintOf = (...docs: string[]) => {
  const text = docs.join('---\n');
  const sim = simulate(text);
  return { text, sim, diagnostics: lintEndpointSlices(sim.cluster) };
};

describe('lintEndpointSlices', () => {
  it('a slice for a selector-less Service, labelled with its name, is how it should be: nothing to say', () => {
    expect(lintOf(SELECTORLESS, slice('db-1', '    kubernetes.io/service-name: db\n')).diagnostics).toEqual([]);
  });

  it('endpointslice/orphaned: no kubernetes.io/service-name label', () => {
    const { diagnostics, text } = lintOf(SELECTORLESS, slice('db-1', '    app: db\n'));
    expect(diagnostics.map((d) => [d.code, d.severity, d.object, d.source, d.field])).toEqual([
      ['endpointslice/orphaned', 'warning', 'EndpointSlice/default/db-1', { doc: 1, path: [] }, ['metadata', 'labels']],
    ]);
    expect(diagnostics[0].message).toContain('kube-proxy and CoreDNS ignore it');
    // The engine turns (source, field) into a range on the labels key.
    expect(locateIn(text, diagnostics[0])).toBe('labels');
    expect(lintOf(SELECTORLESS, slice('db-1', '')).diagnostics.map((d) => d.code)).toEqual(['endpointslice/orphaned']);
  });

  it('endpointslice/service-missing: labelled with a Service that does not exist in its namespace', () => {
    const { diagnostics, text } = lintOf(SELECTORLESS, slice('db-1', '    kubernetes.io/service-name: dbb\n'));
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['endpointslice/service-missing', { slice: 'default/db-1', service: 'dbb', namespace: 'default' }],
    ]);
    expect(diagnostics[0].field).toEqual(['metadata', 'labels', 'kubernetes.io/service-name']);
    expect(locateIn(text, diagnostics[0])).toBe('dbb');
  });

  it('endpointslice/service-has-selector: a hand-written slice next to the controller\'s', () => {
    const { diagnostics, sim } = lintOf(WITH_SELECTOR, slice('web-extra', '    kubernetes.io/service-name: web\n', '[192.168.0.10, 192.168.0.11]'));
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['endpointslice/service-has-selector', { slice: 'default/web-extra', service: 'default/web', addresses: '192.168.0.10, 192.168.0.11' }],
    ]);
    // The simulation keeps it (kube-proxy reads every slice of the Service): the warning matches what happens.
    expect(sim.cluster.endpointSlices.some((s) => s.metadata.name === 'web-extra')).toBe(true);
  });

  it('says nothing about controller-made slices, slices the controller replaces, or a real dump', () => {
    const managed = slice('web-abc', '    kubernetes.io/service-name: web\n    endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io\n');
    const { diagnostics, sim } = lintOf(WITH_SELECTOR, managed);
    expect(diagnostics).toEqual([]);
    expect(sim.cluster.endpointSlices.some((s) => s.createdBy)).toBe(true);
    expect(lintEndpointSlices(simulate(KUBECTL_DUMP).cluster)).toEqual([]);
  });

  it('renders in Korean', () => {
    const [d] = lintOf(SELECTORLESS, slice('db-1', '    app: db\n')).diagnostics;
    expect(renderMessageIn('ko', d.code, d.params)).toBe(
      '엔드포인트슬라이스 default/db-1에 kubernetes.io/service-name 레이블이 없어 어느 서비스에도 속하지 않는다. kube-proxy와 CoreDNS는 이 슬라이스를 무시하므로 그 엔드포인트에는 트래픽이 가지 않는다. '
      + '이 슬라이스가 속할 셀렉터 없는 서비스의 이름으로 레이블을 붙인다.',
    );
  });
});

/** The text the parser's locator gives for a lint diagnostic's (source, field), as engine.ts places lint diagnostics. */
function locateIn(text: string, d: Diagnostic): string {
  const r = d.source && createManifestParser().parse(text).locate(d.source, d.field);
  if (!r) return '';
  return text.split('\n')[r.start.line - 1].slice(r.start.column - 1, r.end.column - 1);
}
