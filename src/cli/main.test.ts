/** The command line itself: help, version, and one clear line + exit 2 for every bad file or flag. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './main';
import { runCli } from './testing';
import { VERSION } from './version';

const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';

describe('podpath', () => {
  it('prints its version, the same as package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `podpath ${pkg.version}\n`, stderr: '' });
  });

  it('lists the commands in help', async () => {
    const r = await runCli(['help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name} `);
    expect((await runCli(['--help'])).stdout).toBe(r.stdout);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(r.stdout);
  });

  it.each(COMMANDS.map((c) => c.name))('has --help for %s', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^.+\\.\\n\\nUsage: podpath ${name} `));
    expect(r.stdout).toContain('Flags:\n');
    expect((await runCli(['help', name])).stdout).toBe(r.stdout);
  });

  const bad: { name: string; argv: string[]; stderr: string }[] = [
    { name: 'unknown command', argv: ['digg'], stderr: 'podpath: unknown command "digg" (commands: dig, resolve, resolv-conf, curl, get, describe, check; try podpath help)\n' },
    { name: 'help for an unknown command', argv: ['help', 'nope'], stderr: 'podpath: unknown command "nope" (commands: dig, resolve, resolv-conf, curl, get, describe, check)\n' },
    { name: 'unknown flag', argv: ['get', 'svc', '--bogus'], stderr: 'podpath get: unknown flag --bogus (see podpath get --help)\n' },
    { name: 'missing flag value', argv: ['check', '-f'], stderr: 'podpath check: flag -f needs a value (FILE) (see podpath check --help)\n' },
    { name: 'missing file', argv: ['check', '-f', 'nope.yaml'], stderr: 'podpath check: cannot read nope.yaml: no such file\n' },
    { name: 'missing corefile', argv: ['dig', 'web', '-f', 'a.yaml', '--corefile', 'Corefile'], stderr: 'podpath dig: cannot read Corefile: no such file\n' },
    { name: 'stdin twice', argv: ['check', '-f', '-', '-f', '-'], stderr: 'podpath check: stdin (-f -) can be read only once\n' },
    { name: 'bad service CIDR', argv: ['get', 'svc', '--service-cidr', '10.96.0.0/40'], stderr: 'podpath get: --service-cidr: "10.96.0.0/40" is not a CIDR like 10.96.0.0/12\n' },
    { name: 'three service CIDRs', argv: ['get', 'svc', '--service-cidr', '10.96.0.0/12,fd00::/108,10.0.0.0/16'], stderr: 'podpath get: --service-cidr takes one or two CIDRs (IPv4 and/or IPv6), got "10.96.0.0/12,fd00::/108,10.0.0.0/16"\n' },
    { name: 'get without a kind', argv: ['get'], stderr: 'podpath get: which kind? usage: podpath get KIND[,KIND…] (kinds: services, endpoints, endpointslices, pods, nodes, ingresses, ingressclasses, namespaces)\n' },
    { name: 'get an unknown kind', argv: ['get', 'svc,widgets'], stderr: 'podpath get: the server doesn\'t have a resource type "widgets" (kinds: services, endpoints, endpointslices, pods, nodes, ingresses, ingressclasses, namespaces)\n' },
    { name: 'get -o bogus', argv: ['get', 'svc', '-o', 'table'], stderr: 'podpath get: -o takes wide, json, yaml or name, got "table"\n' },
    { name: 'get -A with a name', argv: ['get', 'svc', 'web', '-A'], stderr: 'podpath get: a resource cannot be retrieved by name across all namespaces\n' },
    { name: 'dig without a name', argv: ['dig'], stderr: 'podpath dig: which name? usage: podpath dig NAME [TYPE]\n' },
    { name: 'dig with a bad type', argv: ['dig', 'web', 'AXFR'], stderr: 'podpath dig: unknown record type "AXFR" (try A, AAAA, CNAME, SRV, PTR, TXT, SOA, NS, MX, ANY)\n' },
    { name: 'dig -x with a name', argv: ['dig', '-x', 'web'], stderr: 'podpath dig: -x takes an IPv4 or IPv6 address, got "web"\n' },
    { name: 'dig with an unknown + option', argv: ['dig', 'web', '+trace'], stderr: 'podpath dig: unknown dig option +trace (podpath understands +search, +nosearch, +short, +noshort)\n' },
    { name: 'dig from a pod that is not there', argv: ['dig', 'web', '--from', 'default/ghost', '-f', 'a.yaml'], stderr: 'podpath dig: no pod default/ghost (pods: ' },
    { name: 'dig --from without a slash', argv: ['dig', 'web', '--from', 'ghost', '-f', 'a.yaml'], stderr: 'podpath dig: --from takes NAMESPACE/POD, got "ghost"\n' },
    { name: 'resolve without --from', argv: ['resolve', 'web', '-f', 'a.yaml'], stderr: 'podpath resolve: --from NS/POD is required: a name resolves differently in every namespace\n' },
    { name: 'resolv-conf without a pod', argv: ['resolv-conf', '-f', 'a.yaml'], stderr: 'podpath resolv-conf: which pod? usage: podpath resolv-conf NS/POD\n' },
    { name: 'curl without a URL', argv: ['curl', '-f', 'a.yaml'], stderr: 'podpath curl: which URL? usage: podpath curl URL\n' },
    { name: 'curl with a bad URL', argv: ['curl', 'ftp://x/', '-f', 'a.yaml'], stderr: 'podpath curl: "ftp://x/" is not an http:// or https:// URL\n' },
    { name: 'curl with a bad header', argv: ['curl', 'http://x/', '-H', 'NoColon', '-f', 'a.yaml'], stderr: 'podpath curl: -H takes \'Name: value\', got "NoColon"\n' },
    { name: 'curl with a bad --resolve', argv: ['curl', 'http://x/', '--resolve', 'x:80', '-f', 'a.yaml'], stderr: 'podpath curl: --resolve takes HOST:PORT:ADDRESS, got "x:80"\n' },
    { name: 'curl with a bad --repeat', argv: ['curl', 'http://x/', '--repeat', '0', '-f', 'a.yaml'], stderr: 'podpath curl: --repeat takes a whole number from 1 to 1000, got "0"\n' },
    { name: 'curl from a node that is not there', argv: ['curl', 'http://x/', '--from', 'node/ghost', '-f', 'a.yaml'], stderr: 'podpath curl: no node ghost' },
  ];
  it.each(bad)('says what is wrong in one line and exits 2: $name', async ({ argv, stderr }) => {
    const r = await runCli(argv, { 'a.yaml': svc });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').length).toBe(2);
    expect(r.stderr.startsWith(stderr.replace(/\n$/, ''))).toBe(true);
  });

  it('reads stdin without -f and with -f -', async () => {
    const a = await runCli(['get', 'svc', '-o', 'name'], {}, svc);
    const b = await runCli(['get', 'svc', '-o', 'name', '-f', '-'], {}, svc);
    const c = await runCli(['get', 'svc', '-o', 'name', '-f', 'a.yaml'], { 'a.yaml': svc });
    expect(a).toEqual(c);
    expect(b).toEqual(c);
  });
});
