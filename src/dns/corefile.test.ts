/** parseCorefile: the kubernetes block per coredns.io/plugins/kubernetes (setup.go), forward and cache. */
import { describe, expect, it } from 'vitest';
import { defaultCoreDNS } from '../api/world';
import { renderMessage } from '../messages/index';
import { renderMessageIn } from '../messages/i18n';
import fc from 'fast-check';
import { simulate } from '../engine';
import { parseCorefile } from './corefile';
import { dig } from './dig';

/** The Corefile kubeadm installs (cmd/kubeadm/app/phases/addons/dns/manifests.go). */
const KUBEADM = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30
    loop
    reload
    loadbalance
}
`;

const base = { ...defaultCoreDNS(), ttl: 5, pods: 'disabled' as const, cacheSeconds: 0, fallthrough: [] };

describe('parseCorefile', () => {
  it('reads the kubeadm Corefile into the kubeadm defaults', () => {
    const { config, diagnostics } = parseCorefile(KUBEADM, base);
    expect(config).toEqual(defaultCoreDNS());
    expect(diagnostics.every((d) => d.severity === 'info')).toBe(true);
    expect(diagnostics.map((d) => d.params.directive)).toEqual(['errors', 'health', 'ready', 'prometheus', 'loop', 'reload']);
    expect(diagnostics[0].range?.start).toEqual({ line: 2, column: 5 });
  });

  const cases: { name: string; text: string; expect: Partial<ReturnType<typeof defaultCoreDNS>>; codes?: string[] }[] = [
    { name: 'all options', text: `.:53 {\n kubernetes cluster.local {\n  pods verified\n  namespaces default prod\n  endpoint_pod_names\n  ignore empty_service\n  ttl 0\n  fallthrough\n }\n forward . 8.8.8.8 1.1.1.1\n cache\n}`,
      expect: { zones: ['cluster.local.'], pods: 'verified', namespaces: ['default', 'prod'], endpointPodNames: true, ignoreEmptyService: true, ttl: 0, fallthrough: ['.'], forwardTo: ['8.8.8.8', '1.1.1.1'], cacheSeconds: 3600 } },
    { name: 'CIDR zones become reverse zones', text: `.:53 {\n kubernetes cluster.local 10.96.0.0/16 10.244.0.0/15\n forward . /etc/resolv.conf\n}`,
      expect: { zones: ['cluster.local.', '96.10.in-addr.arpa.', '244.10.in-addr.arpa.', '245.10.in-addr.arpa.'] } },
    { name: 'no zones: the server block zones', text: `cluster.local:53 {\n kubernetes\n}\n.:53 {\n kubernetes\n}`, expect: { zones: ['.'] }, codes: ['corefile/other-server-block'] },
    { name: 'no kubernetes plugin, no forward, no cache', text: `.:53 {\n errors\n}`, expect: { zones: [], forwardTo: [], cacheSeconds: 0 }, codes: ['corefile/unknown-directive'] },
    // plugin/cache/setup.go refuses `cache 0` ("cache TTL can not be zero or negative"): no cache, and a warning.
    { name: 'cache 0 is refused by CoreDNS', text: `.:53 {\n cache 0\n}`, expect: { cacheSeconds: 0 }, codes: ['corefile/bad-value'] },
    { name: 'bad values keep the base and warn', text: `.:53 {\n kubernetes cluster.local {\n  pods sometimes\n  ttl 9999\n  ignore everything\n  bogus\n  tls a b c\n }\n cache thirty\n forward .\n}`,
      expect: { pods: 'disabled', ttl: 5, ignoreEmptyService: false, cacheSeconds: 0 },
      codes: ['corefile/bad-value', 'corefile/bad-value', 'corefile/bad-value', 'corefile/unknown-option', 'corefile/unknown-option', 'corefile/bad-value', 'corefile/bad-value'] },
    { name: 'comments and quotes', text: `# kube-system/coredns\n.:53 { # root\n kubernetes "cluster.local" # zone\n forward . /etc/resolv.conf\n}`, expect: { zones: ['cluster.local.'] } },
    { name: 'glued brace', text: `.:53{\n kubernetes cluster.local{\n  ttl 10\n }\n}`, expect: { ttl: 10 } },
    { name: 'unclosed block', text: `.:53 {\n kubernetes cluster.local {\n  ttl 10\n`, expect: { ttl: 10 }, codes: ['corefile/unclosed-block', 'corefile/unclosed-block'] },
    { name: 'stray brace', text: `}\n.:53 {\n kubernetes cluster.local\n}`, expect: { zones: ['cluster.local.'] }, codes: ['corefile/unexpected-brace'] },
    { name: 'no root block', text: `example.org:53 {\n forward . 1.1.1.1\n}`, expect: { pods: 'disabled' }, codes: ['corefile/other-server-block', 'corefile/no-server-block'] },
    { name: 'empty text', text: '', expect: { ttl: 5 }, codes: ['corefile/no-server-block'] },
  ];

  // setup.go ParseStanza starts from New() (kubernetes.go): an option the block leaves out is the plugin's
  // default (pods disabled, ttl 5, no fallthrough…), whatever the World (kubeadm) says.
  it.each([
    { name: 'no block', text: `.:53 {\n kubernetes cluster.local in-addr.arpa ip6.arpa\n forward . /etc/resolv.conf\n cache 30\n}` },
    { name: 'an empty block', text: `.:53 {\n kubernetes cluster.local in-addr.arpa ip6.arpa {\n }\n}` },
    { name: 'a block with only ttl', text: `.:53 {\n kubernetes cluster.local in-addr.arpa ip6.arpa {\n  ttl 30\n }\n}`, ttl: 30 },
  ])('options left out take the plugin defaults, not the World\'s: $name', ({ text, ttl }) => {
    const { config } = parseCorefile(text, defaultCoreDNS());
    expect(config).toMatchObject({ pods: 'disabled', ttl: ttl ?? 5, fallthrough: [], namespaces: [], endpointPodNames: false, ignoreEmptyService: false });
  });

  it('a Corefile without `pods` answers no pod names, and one without `fallthrough` keeps reverse misses (NXDOMAIN from CoreDNS)', () => {
    const corefile = `.:53 {\n kubernetes cluster.local in-addr.arpa ip6.arpa\n forward . /etc/resolv.conf\n}`;
    const sim = simulate('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}], selector: {app: web}}\n', { corefile });
    const pod = dig(sim, { name: '10-244-1-9.default.pod.cluster.local', type: 'A' }).outcome;
    expect(pod.rcode).toBe('NXDOMAIN');
    const ptr = dig(sim, { name: '9.1.244.10.in-addr.arpa', type: 'PTR' }).outcome;
    expect(ptr).toMatchObject({ rcode: 'NXDOMAIN' });
    expect(ptr.authority?.map((r) => `${r.name} ${r.type}`)).toEqual(['in-addr.arpa. SOA']);
    expect(dig(sim, { name: 'web.default.svc.cluster.local', type: 'A' }).outcome.answers.map((r) => r.ttl)).toEqual([5]);
  });

  it.each(cases)('$name', (c) => {
    const { config, diagnostics } = parseCorefile(c.text, base);
    expect(config).toMatchObject(c.expect);
    if (c.codes) expect(diagnostics.filter((d) => d.severity !== 'info' || c.codes?.includes(d.code)).map((d) => d.code)).toEqual(c.codes);
  });

  it('points warnings at the offending token', () => {
    const { diagnostics } = parseCorefile(`.:53 {\n  kubernetes cluster.local {\n    pods sometimes\n  }\n}`, base);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'corefile/bad-value', range: { start: { line: 3, column: 10 } } });
  });

  it('says what a bad value should be through a key (expectedKey), rendered in English and Korean', () => {
    const { diagnostics } = parseCorefile(`.:53 {\n kubernetes cluster.local 10.0.0.0/33 {\n  pods sometimes\n  namespaces\n  ignore everything\n  ttl 9999\n }\n cache thirty\n forward .\n}`, base);
    const bad = diagnostics.filter((d) => d.code === 'corefile/bad-value');
    expect(bad.map((d) => d.params.expectedKey)).toEqual([
      'corefile/expected.zone-or-cidr', 'corefile/expected.pods-mode', 'corefile/expected.namespaces', 'corefile/expected.empty-service',
      'corefile/expected.ttl', 'corefile/expected.cache-ttl', 'corefile/expected.forward',
    ]);
    for (const d of bad) {
      expect(d.params).not.toHaveProperty('expected');
      expect(d.message).toBe(renderMessage(d.code, d.params));
      expect(d.message).not.toContain('{expected}');
      expect(renderMessageIn('ko', d.code, d.params)).toMatch(/올바르지 않다\(.*[\uAC00-\uD7A3].*\)$/);
    }
    expect(bad[1].message).toBe('pods: "sometimes" is not valid (disabled, insecure or verified)');
    expect(renderMessageIn('ko', bad[4].code, bad[4].params)).toBe('ttl: "9999" 값이 올바르지 않다(0부터 3600까지의 정수(초))');
  });

  it('never throws on garbage', () => {
    for (const t of ['{', '}}}', '"', '.:53 { kubernetes { { {', '\u0000\u0001', 'a b c {\n}\n}']) {
      expect(() => parseCorefile(t, base)).not.toThrow();
    }
  });
});

describe('parseCorefile on arbitrary text (property)', () => {
  const tokens = ['{', '}', '\n', ' ', '"', '#', '.', ':53', 'kubernetes', 'pods', 'verified', 'ttl', '0', '-1', '3601', 'x',
    'namespaces', 'fallthrough', 'forward', 'cache', 'endpoint_pod_names', 'ignore', 'empty_service', 'import', 'cluster.local', '10.0.0.0/8', '\\', '}{'];
  // The kubeadm Corefile, cut into words, with words dropped, repeated or replaced: near-misses of a real file.
  const words = KUBEADM.split(/(\s+)/);
  const mutated = fc.array(fc.tuple(fc.nat({ max: words.length - 1 }), fc.nat({ max: 2 }), fc.constantFrom(...tokens)), { maxLength: 6 }).map((edits) => {
    const w = [...words];
    for (const [i, op, t] of edits) {
      if (op === 0) w.splice(i, 1);
      else if (op === 1) w.splice(i, 0, t);
      else w[i] = t;
    }
    return w.join('');
  });
  const text = fc.oneof(mutated, fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((t) => t.join(' ')), fc.string({ maxLength: 80 }));

  it('never throws; the config it gives is usable by the DNS server; every diagnostic has a message and a position', () => {
    fc.assert(fc.property(text, (t) => {
      const { config, diagnostics } = parseCorefile(t, defaultCoreDNS());
      for (const d of diagnostics) {
        expect(d.message.length).toBeGreaterThan(0);
        // No placeholder left unrendered (a `{word}` the Corefile itself does not contain).
        expect((d.message.match(/\{[a-zA-Z]\w*\}/g) ?? []).filter((m) => !t.includes(m))).toEqual([]);
        if (d.range) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      }
      const sim = simulate('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}], selector: {app: web}}\n', { corefile: t });
      expect(sim.cluster.world.cluster.coredns).toEqual(config);
      const r = dig(sim, { name: 'web.default.svc.cluster.local', type: 'A' });
      expect(['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED']).toContain(r.outcome.rcode);
    }), { numRuns: Number(process.env.COREFILE_RUNS ?? 300), seed: Number(process.env.COREFILE_SEED ?? 11) });
  }, 120_000);
});
