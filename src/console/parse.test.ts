import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './parse';
import { tokenize } from './tokenize';
import { parseSourceId, sourceId, type ConsoleSource } from './types';

const pod: ConsoleSource = { kind: 'pod', namespace: 'default', name: 'client' };
const internet: ConsoleSource = { kind: 'client', name: 'internet' };

describe('tokenize', () => {
  const cases: { line: string; words: string[]; error?: boolean }[] = [
    { line: 'dig web', words: ['dig', 'web'] },
    { line: "  curl -H 'Host: a b'  x ", words: ['curl', '-H', 'Host: a b', 'x'] },
    { line: 'curl -H "Host: \\"q\\""', words: ['curl', '-H', 'Host: "q"'] },
    { line: '$ dig web', words: ['dig', 'web'] },
    { line: 'a\\ b', words: ['a b'] },
    { line: "echo 'open", words: ['echo', 'open'], error: true },
    { line: '', words: [] },
  ];
  it.each(cases)('$line', ({ line, words, error }) => {
    const t = tokenize(line);
    expect(t.words).toEqual(words);
    expect(Boolean(t.error)).toBe(Boolean(error));
  });
});

describe('parseCommandLine', () => {
  const cases: { name: string; line: string; source?: ConsoleSource; want: Record<string, unknown> }[] = [
    { name: 'dig plain', line: 'dig web', want: { kind: 'dig', name: 'web', qtype: 'A', search: false, short: false, source: pod } },
    { name: 'dig FQDN', line: 'dig sample-headless.default.svc.cluster.local', want: { kind: 'dig', name: 'sample-headless.default.svc.cluster.local', qtype: 'A' } },
    { name: 'dig +search +short', line: 'dig +search +short web', want: { kind: 'dig', name: 'web', search: true, short: true } },
    { name: 'dig @server type after', line: 'dig @10.96.0.10 db.default.svc.cluster.local SRV', want: { kind: 'dig', server: '10.96.0.10', qtype: 'SRV' } },
    { name: 'dig type before name', line: 'dig SRV _pg._tcp.db', want: { kind: 'dig', name: '_pg._tcp.db', qtype: 'SRV' } },
    { name: 'dig -t', line: 'dig -t aaaa web', want: { kind: 'dig', name: 'web', qtype: 'AAAA' } },
    { name: 'dig lowercase type', line: 'dig x.example.com cname', want: { kind: 'dig', qtype: 'CNAME' } },
    { name: 'dig IN class', line: 'dig web IN A', want: { kind: 'dig', name: 'web', qtype: 'A' } },
    { name: 'dig -x', line: 'dig -x 10.96.0.10', want: { kind: 'dig', name: '10.0.96.10.in-addr.arpa.', qtype: 'PTR' } },
    { name: 'dig ignores +noall +answer', line: 'dig +noall +answer web', want: { kind: 'dig', name: 'web' } },
    { name: 'dig no name asks root NS', line: 'dig', want: { kind: 'dig', name: '.', qtype: 'NS' } },
    { name: 'dig bad -t', line: 'dig -t BOGUS web', want: { kind: 'invalid' } },
    { name: 'dig two names', line: 'dig a.example b.example', want: { kind: 'invalid' } },
    { name: 'nslookup', line: 'nslookup web', want: { kind: 'nslookup', name: 'web', qtype: 'A', server: undefined } },
    { name: 'nslookup type + server', line: 'nslookup -type=srv db 10.96.0.10', want: { kind: 'nslookup', qtype: 'SRV', server: '10.96.0.10' } },
    { name: 'nslookup address', line: 'nslookup 10.96.0.1', want: { kind: 'nslookup', name: '1.0.96.10.in-addr.arpa.', qtype: 'PTR' } },
    { name: 'nslookup nothing', line: 'nslookup', want: { kind: 'invalid' } },
    { name: 'curl plain', line: 'curl web', want: { kind: 'curl', scheme: 'http', host: 'web', port: 80, path: '/', method: 'GET', verbose: false } },
    { name: 'curl -v host header', line: "curl -v -H 'Host: web.example.com' http://203.0.113.10/path1/", source: internet,
      want: { kind: 'curl', verbose: true, host: '203.0.113.10', path: '/path1/', headers: [{ name: 'Host', value: 'web.example.com' }], source: internet } },
    { name: 'curl combined flags', line: 'curl -ivk https://sample.example.com:8443/x?y=1', want: { kind: 'curl', verbose: true, includeHeaders: true, insecure: true, scheme: 'https', port: 8443, path: '/x?y=1' } },
    { name: 'curl --resolve', line: 'curl --resolve web.example.com:80:203.0.113.10 http://web.example.com/', want: { kind: 'curl', resolve: [{ host: 'web.example.com', port: 80, address: '203.0.113.10' }] } },
    { name: 'curl -X', line: 'curl -X post web:8080', want: { kind: 'curl', method: 'POST', port: 8080 } },
    { name: 'curl -I', line: 'curl -sI web', want: { kind: 'curl', method: 'HEAD' } },
    { name: 'curl ignores -o', line: 'curl -s -o /dev/null -w "%{http_code}" web', want: { kind: 'curl', host: 'web' } },
    { name: 'curl no url', line: 'curl -v', want: { kind: 'invalid' } },
    { name: 'curl ftp', line: 'curl ftp://x/', want: { kind: 'invalid' } },
    { name: 'curl bad header', line: 'curl -H nocolon web', want: { kind: 'invalid' } },
    { name: 'cat resolv.conf', line: 'cat /etc/resolv.conf', want: { kind: 'resolv.conf', source: pod } },
    { name: 'cat hosts', line: 'cat /etc/hosts', want: { kind: 'hosts', source: pod } },
    { name: 'cat other', line: 'cat /etc/passwd', want: { kind: 'invalid' } },
    { name: 'cat two files: one at a time (not "not /etc/resolv.conf")', line: 'cat /etc/resolv.conf /etc/hosts', want: { kind: 'invalid', message: 'cat: one file at a time here: cat /etc/resolv.conf or cat /etc/hosts' } },
    { name: 'kubectl get many', line: 'kubectl get svc,ep,endpointslices,ingress,pods -A -o wide',
      want: { kind: 'kubectl.get', resources: ['services', 'endpoints', 'endpointslices', 'ingresses', 'pods'], allNamespaces: true, wide: true } },
    { name: 'kubectl get -n', line: 'kubectl get pods -n kube-system', want: { kind: 'kubectl.get', resources: ['pods'], namespace: 'kube-system', allNamespaces: false } },
    { name: 'kubectl -n before verb', line: 'kubectl -n=ingress-nginx get svc', want: { kind: 'kubectl.get', namespace: 'ingress-nginx' } },
    { name: 'kubectl get name', line: 'kubectl get svc web db', want: { kind: 'kubectl.get', resources: ['services'], names: ['web', 'db'] } },
    { name: 'kubectl get type/name', line: 'kubectl get svc/web pod/web-0', want: { kind: 'kubectl.get', resources: ['services', 'pods'], names: ['web', 'web-0'] } },
    { name: 'kubectl get -owide', line: 'kubectl get no -owide', want: { kind: 'kubectl.get', resources: ['nodes'], wide: true } },
    { name: 'kubectl get -o yaml', line: 'kubectl get svc -o yaml', want: { kind: 'invalid' } },
    { name: 'kubectl get unknown', line: 'kubectl get deployments.foo', want: { kind: 'invalid' } },
    { name: 'kubectl describe svc', line: 'kubectl describe svc sample-none-selector', want: { kind: 'kubectl.describe', resource: 'services', names: ['sample-none-selector'], allNamespaces: false } },
    { name: 'kubectl describe ing/NAME -n', line: 'kubectl describe ing/web -n shop', want: { kind: 'kubectl.describe', resource: 'ingresses', names: ['web'], namespace: 'shop' } },
    { name: 'kubectl describe all of a kind', line: 'kubectl describe services -A', want: { kind: 'kubectl.describe', resource: 'services', names: [], allNamespaces: true } },
    { name: 'kubectl describe a kind not simulated', line: 'kubectl describe pods web-0', want: { kind: 'invalid', message: 'kubectl describe pods: not simulated here; describe svc and describe ingress are' } },
    { name: 'kubectl describe with no type', line: 'kubectl describe', want: { kind: 'invalid' } },
    { name: 'kubectl describe -o', line: 'kubectl describe svc web -o wide', want: { kind: 'invalid', message: "error: unknown shorthand flag: 'o' in -o" } },
    { name: 'kubectl other verb', line: 'kubectl logs web-0', want: { kind: 'invalid', message: 'kubectl logs: not simulated here; get, describe and exec are (type help)' } },
    { name: 'kubectl exec dig', line: 'kubectl exec -it sample-pod -- dig sample-headless.default.svc.cluster.local', source: internet,
      want: { kind: 'dig', name: 'sample-headless.default.svc.cluster.local', source: { kind: 'pod', namespace: 'default', name: 'sample-pod' } } },
    { name: 'kubectl exec -n after pod', line: 'kubectl exec db-0 -n data -- cat /etc/resolv.conf', want: { kind: 'resolv.conf', source: { kind: 'pod', namespace: 'data', name: 'db-0' } } },
    { name: 'kubectl exec pod/ prefix and sh -c', line: "kubectl exec pod/web-0 -- sh -c 'curl -v web'", want: { kind: 'curl', verbose: true, source: { kind: 'pod', namespace: 'default', name: 'web-0' } } },
    { name: 'kubectl exec without --', line: 'kubectl exec web-0 dig web', want: { kind: 'invalid' } },
    { name: 'help', line: 'help', want: { kind: 'help' } },
    { name: 'clear', line: 'clear', want: { kind: 'clear' } },
    { name: 'empty', line: '   ', want: { kind: 'empty' } },
    { name: 'unknown', line: 'rm -rf /', want: { kind: 'invalid' } },
    { name: 'unterminated quote', line: "curl -H 'Host: x", want: { kind: 'invalid' } },
  ];
  it.each(cases)('$name', ({ line, source, want }) => {
    expect(parseCommandLine(line, source ?? pod)).toMatchObject(want);
  });

  it('never throws on odd input', () => {
    for (const line of ['"', "'", '\\', 'kubectl', 'kubectl exec', 'kubectl exec x --', 'dig @', 'dig -x', 'curl --resolve', 'curl -H', 'kubectl get', 'kubectl describe', 'kubectl describe svc/', 'kubectl -n', 'curl http://[::1', 'dig -t']) {
      expect(() => parseCommandLine(line, pod)).not.toThrow();
    }
  });

  it('invalid messages are helpful one-liners', () => {
    const r = parseCommandLine('frobnicate', pod);
    expect(r).toMatchObject({ kind: 'invalid' });
    if (r.kind === 'invalid') expect(r.message).toMatch(/help/);
  });
});

describe('source ids', () => {
  it.each<ConsoleSource>([pod, internet, { kind: 'node', name: 'worker-1' }])('round-trips %o', (s) => {
    expect(parseSourceId(sourceId(s))).toEqual(s);
  });
  it('rejects junk', () => {
    expect(parseSourceId('svc/default/web')).toBeUndefined();
    expect(parseSourceId('pod/x')).toBeUndefined();
  });
});
