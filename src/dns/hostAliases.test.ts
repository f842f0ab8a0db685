import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { hostsFile } from './hosts';
import { resolve } from './dig';

// spec.hostAliases: https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/ — the kubelet adds
// the entries under "# Entries added by HostAliases." and getaddrinfo reads /etc/hosts before DNS.
const POD = (aliases: string) => `apiVersion: v1
kind: Pod
metadata: {name: hostaliases-pod}
spec:
  hostAliases:
${aliases}
  containers: [{name: c, image: busybox}]
`;

describe('spec.hostAliases', () => {
  it('are written into the pod /etc/hosts and answer before DNS', () => {
    const sim = simulate(POD('  - ip: "127.0.0.1"\n    hostnames: ["foo.local", "bar.local"]\n  - ip: "10.1.2.3"\n    hostnames: ["foo.remote", "bar.remote"]'));
    const f = hostsFile(sim, 'default/hostaliases-pod');
    expect('error' in f).toBe(false);
    if ('error' in f) return;
    expect(f.text).toContain('# Entries added by HostAliases.');
    expect(f.text).toMatch(/^10\.1\.2\.3\s+foo\.remote\s+bar\.remote$/m);
    const r = resolve(sim, { name: 'foo.remote', from: 'default/hostaliases-pod', type: 'A' });
    expect(r.outcome.addresses).toEqual(['10.1.2.3']);
    expect(r.outcome.queries).toEqual([]);
  });

  it.each([
    ['an ip that is not an IP', '  - ip: "not-an-ip"\n    hostnames: ["a.local"]', 'pod/host-alias-ip-invalid', 'spec.hostAliases[0].ip'],
    ['a hostname that is not a DNS-1123 subdomain', '  - ip: "10.0.0.1"\n    hostnames: ["Bad_Name"]', 'pod/host-alias-hostname-invalid', 'spec.hostAliases[0].hostnames[0]'],
  ])('rejects %s, as ValidateHostAliases does', (_name, aliases, code, field) => {
    const sim = simulate(POD(aliases));
    const d = sim.diagnostics.find((x) => x.code === code);
    expect(d).toMatchObject({ severity: 'error', object: 'Pod/default/hostaliases-pod' });
    expect(d?.message.startsWith(`${field}: Invalid value:`)).toBe(true);
    expect(sim.rejected).toContain('Pod/default/hostaliases-pod');
  });
});
