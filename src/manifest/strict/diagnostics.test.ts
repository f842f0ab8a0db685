/**
 * The diagnostics as the HOOK in ./diagnostics.ts would produce them: each document of the text through a real
 * DocumentEntry (the per-document cache of src/manifest/document.ts), findings from its loaded value, ranges
 * from its locator.
 */
import { describe, expect, it } from 'vitest';
import { objectKey, type Diagnostic } from '../diagnostics';
import { DocumentEntry } from '../document';
import { splitDocuments } from '../split';
import { localizeParams, renderMessageIn } from '../../messages/i18n';
import { renderMessage } from '../../messages/registry';
import { koStrictMessages } from '../../messages/ko/strict';
import { KUBECTL_DUMP } from '../fixtures/kubectl-dump';
import { endpointsDeprecationDiagnostic, strictDiagnostics, strictFindings } from './diagnostics';
import { strictMessages } from './messages';

function diagnose(text: string): { diagnostics: Diagnostic[]; keys: string[] } {
  const diagnostics: Diagnostic[] = [];
  const keys: string[] = [];
  splitDocuments(text).forEach((seg, doc) => {
    const entry = new DocumentEntry(seg.text);
    for (const item of entry.items) if (item.object) keys.push(objectKey(item.object.kind, item.object.metadata.namespace, item.object.metadata.name));
    const findings = entry.loaded.ok ? strictFindings(entry.loaded.value) : [];
    diagnostics.push(...strictDiagnostics(findings, { doc, startLine: seg.startLine, text: entry.text, locate: (p) => entry.locate(seg.startLine, p) }));
  });
  return { diagnostics, keys };
}

/** The text a range covers (single-line ranges). */
function covered(text: string, d: Diagnostic): string {
  const r = d.range;
  if (!r) return '';
  return text.split('\n')[r.start.line - 1].slice(r.start.column - 1, r.end.column - 1);
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: sample-subdomain
  namespace: shop
spec:
  hostname: sample-hostname
  domain: sample-subdomain
  containers:
    - name: nginx-container
      image: amsy810/echo-nginx:v2.0
      imagePullPolicyy: Always
`;

describe('strictDiagnostics', () => {
  it('an unknown field is an error on the object, with the API server\'s words, a suggestion, and the key\'s range', () => {
    const { diagnostics, keys } = diagnose(POD);
    expect(diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([
      ['object/unknown-field', 'error', ['spec', 'domain']],
      ['object/unknown-field', 'error', ['spec', 'containers', 0, 'imagePullPolicyy']],
    ]);
    const [domain, policy] = diagnostics;
    expect(domain.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.domain". '
      + 'The API server rejects the object (kubectl apply validates fields strictly by default since Kubernetes 1.25). Did you mean spec.subdomain?',
    );
    expect(domain.params).toMatchObject({ field: 'spec.domain', kind: 'Pod', version: 'v1', suggestion: 'spec.subdomain', hintKey: 'object/unknown-field.did-you-mean' });
    // `object` is the decoded object's key, so parse.ts puts the Pod in `rejected` as it is.
    expect(domain.object).toBe('Pod/shop/sample-subdomain');
    expect(keys).toEqual(['Pod/shop/sample-subdomain']);
    expect(domain.source).toEqual({ doc: 0, path: [] });
    expect(domain.range).toEqual({ start: { line: 8, column: 3 }, end: { line: 8, column: 9 } });
    expect(covered(POD, domain)).toBe('domain');
    expect(covered(POD, policy)).toBe('imagePullPolicyy');
  });

  it('lands on the key in flow style and JSON too, and in later documents', () => {
    const text = `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetport: 8080 }] }
---
{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "api"}, "spec": {"ports": [{"port": 80}], "selectr": {"app": "api"}}}
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ports:
  - port: 5432
  selector:
  clusterip: None
`;
    const { diagnostics } = diagnose(text);
    expect(diagnostics.map((d) => [d.params.field, d.source?.doc, covered(text, d)])).toEqual([
      ['spec.ports[0].targetport', 0, 'targetport'],
      ['spec.selectr', 1, '"selectr"'],
      ['spec.clusterip', 2, 'clusterip'],
    ]);
    expect(diagnostics[0].object).toBe('Service/default/web');
    expect(diagnostics[1].params.suggestion).toBe('spec.selector');
    expect(diagnostics[2].params.suggestion).toBe('spec.clusterIP');
  });

  it('a collection-valued unknown field points at its key', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  lables:\n    app: x\nspec:\n  containers: [{ name: c, image: i }]\n';
    const [d] = diagnose(text).diagnostics;
    expect(d.params.suggestion).toBe('metadata.labels');
    expect(covered(text, d)).toBe('lables');
  });

  it('without a close sibling there is no hint', () => {
    const [d] = diagnose('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { flavour: vanilla, containers: [] }\n').diagnostics;
    expect(d.params.hint).toBe('');
    expect(d.params.hintKey).toBeUndefined();
    expect(d.message.endsWith('since Kubernetes 1.25).')).toBe(true);
  });

  it('List items: the source is the item, the field and message relative to it, the object the item', () => {
    const text = KUBECTL_DUMP.replace('    sessionAffinity: None\n    type: ClusterIP\n', '    sessionAffinity: None\n    tipe: ClusterIP\n');
    expect(text).not.toBe(KUBECTL_DUMP);
    const { diagnostics } = diagnose(text);
    expect(diagnostics.filter((d) => d.code === 'object/unknown-field').map((d) => [d.source?.path, d.field, d.params.field, d.object, covered(text, d)])).toEqual([
      [['items', 0], ['spec', 'tipe'], 'spec.tipe', 'Service/default/kubernetes', 'tipe'],
    ]);
    expect(diagnose(KUBECTL_DUMP).diagnostics.filter((d) => d.code === 'object/unknown-field')).toEqual([]);
  });

  it('Ingress v1beta1 names in a v1 Ingress say which v1 field is meant', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
  - http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          serviceName: web
          servicePort: 80
`;
    const ds = diagnose(text).diagnostics;
    expect(ds.map((d) => d.message.replace(/.*unknown field "([^"]+)".*Did you mean (\S+)\?$/, '$1 → $2'))).toEqual([
      'spec.rules[0].http.paths[0].backend.serviceName → spec.rules[0].http.paths[0].backend.service.name',
      'spec.rules[0].http.paths[0].backend.servicePort → spec.rules[0].http.paths[0].backend.service.port',
    ]);
    expect(ds[0].message).toContain('Ingress in version "v1" cannot be handled as a Ingress');
  });

  it('a Deployment names its version as the API server does (apps/v1 → "v1")', () => {
    const [d] = diagnose('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { replica: 2 }\n').diagnostics;
    expect(d.message).toMatch(/^Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"\..* Did you mean spec.replicas\?$/);
  });
});

describe('endpoints/deprecated', () => {
  const EP = 'apiVersion: v1\nkind: Endpoints\nmetadata: { name: db, namespace: data }\nsubsets: [{ addresses: [{ ip: 192.168.0.10 }], ports: [{ port: 5432 }] }]\n';

  it('warns for every core/v1 Endpoints, with the API server\'s warning text, at `kind`', () => {
    const [d, ...rest] = diagnose(EP).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'endpoints/deprecated', object: 'Endpoints/data/db', field: ['kind'], params: { endpoints: 'data/db' } });
    expect(d.message.startsWith('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice.')).toBe(true);
    expect(covered(EP, d)).toBe('Endpoints');
  });

  it('is also available alone, and for List items', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- ${EP.trimEnd().split('\n').join('\n  ')}\n`;
    const entry = new DocumentEntry(list);
    const ds = endpointsDeprecationDiagnostic(entry.loaded.ok ? entry.loaded.value : null, { doc: 3, startLine: 1, text: list, locate: (p) => entry.locate(1, p) });
    expect(ds.map((d) => [d.code, d.source, d.object])).toEqual([['endpoints/deprecated', { doc: 3, path: ['items', 0] }, 'Endpoints/data/db']]);
    expect(endpointsDeprecationDiagnostic('apiVersion: v1', { doc: 0, startLine: 1, text: '', locate: () => undefined })).toEqual([]);
    expect(diagnose(EP.replace('kind: Endpoints', 'kind: Service')).diagnostics.map((d) => d.code)).toEqual(['object/unknown-field']);
  });
});

describe('messages', () => {
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().filter((p, i, a) => a[i - 1] !== p);

  it('are registered (renderMessage finds them)', () => {
    for (const key of Object.keys(strictMessages)) expect(renderMessage(key, {})).not.toBe(key);
  });

  it('Korean covers the same keys with the same placeholders, in Hangul, without batchim-dependent particles after a placeholder', () => {
    const en: Record<string, string> = strictMessages;
    const ko: Record<string, string> = koStrictMessages;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
      expect(ko[key], key).toMatch(/[\uAC00-\uD7A3]/);
      expect(ko[key], key).not.toMatch(/\}["'`]?(?:은|는|을|를|와|과|으로|로|가|이)(?![가-힣])/);
    }
  });

  it('the hint follows the reader\'s language through hintKey', () => {
    const [d] = diagnose(POD).diagnostics;
    expect(renderMessageIn('en', d.code, d.params)).toBe(d.message);
    expect(localizeParams('en', d.code, d.params).hint).toBe(' Did you mean spec.subdomain?');
    const ko = renderMessageIn('ko', d.code, d.params);
    expect(ko).toContain('strict decoding error: unknown field "spec.domain"');
    expect(ko.endsWith('엄격하게 검증한다). 혹시 spec.subdomain 필드인가?')).toBe(true);
  });
});
