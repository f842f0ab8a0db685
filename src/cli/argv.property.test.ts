/**
 * Whatever the command line, podpath answers with 0, 1 or 2 — never an internal error (3) or an exception —
 * and a status of 2 comes with exactly one line on stderr.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BROKEN, HEADLESS, INGRESS } from './fixtures';
import { runCli } from './testing';

const files = { 'app.yaml': HEADLESS, 'ing.yaml': INGRESS, 'bad.yaml': BROKEN, 'empty.yaml': '', 'garbage.yaml': '\u0000{[: -' };

const word = fc.oneof(
  fc.constantFrom(
    'dig', 'resolve', 'resolv-conf', 'curl', 'get', 'describe', 'check', 'help', '--version', '--help',
    '-f', 'app.yaml', 'ing.yaml', 'bad.yaml', 'empty.yaml', 'garbage.yaml', 'missing.yaml', '-',
    '--from', 'default/client', 'default/sample-ingress-apps-1', 'internet', 'lan', 'node/worker-1', 'node/nope', 'x/y',
    '+search', '+short', '+nosearch', '+bogus', '-t', 'A', 'AAAA', 'SRV', 'PTR', 'TXT', 'CNAME', '@10.96.0.10', '-x', '10.96.0.1',
    'sample-headless', 'kubernetes.default', 'sample.example.com', '_http-port._tcp.sample-headless.default.svc.cluster.local',
    'http://sample.example.com/path1/', 'https://sample.example.com/', 'http://10.96.0.1:443/', 'ftp://x',
    '-H', 'Host: sample.example.com', 'X: y', '--resolve', 'sample.example.com:80:203.0.113.10', '--repeat', '3', '0', '--seed', '7',
    '--client-ip', '203.0.113.5', '-n', 'kube-system', '-A', '-o', 'wide', 'json', 'yaml', 'name', 'svc,po', 'ep', 'ing', 'ingress/sample-ingress-by-nginx', 'svc/', 'nodes',
    'endpointslices', 'ingressclasses', 'ns', 'widgets', '--json', '--trace', '--service-cidr', '10.100.0.0/16', 'nonsense',
    '--corefile', '--bogus', '--', '-X', 'POST', '-k', '-v', '',
  ),
  fc.string({ maxLength: 8 }),
);

const command = fc.constantFrom('dig', 'resolve', 'resolv-conf', 'curl', 'get', 'describe', 'check', 'help', 'lint', 'resolvconf');

describe('podpath on any command line', () => {
  it('exits 0, 1 or 2, with one line on stderr for 2', async () => {
    await fc.assert(
      fc.asyncProperty(command, fc.array(word, { maxLength: 9 }), async (cmd, rest) => {
        const argv = [cmd, ...rest];
        const r = await runCli(argv, files);
        expect([0, 1, 2]).toContain(r.code);
        if (r.code === 2) expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      }),
      { numRuns: Number(process.env.ARGV_RUNS ?? 150), seed: Number(process.env.ARGV_SEED ?? 99) },
    );
  }, 60_000);
});
