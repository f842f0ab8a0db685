import { describe, expect, it } from 'vitest';
import { endpoints, service } from '../../cluster/testing';
import { mirrorEndpoints, shouldMirror } from './reconciler';

const ep = endpoints({
  name: 'sample-none-selector',
  subsets: [{ addresses: [{ ip: '192.168.1.1' }, { ip: '192.168.1.2' }], notReadyAddresses: [{ ip: '192.168.1.3' }], ports: [{ port: 80 }] }],
});

describe('EndpointSlice mirroring', () => {
  it.each([
    ['a selector-less Service is mirrored (seed 001)', service({ name: 'sample-none-selector', ports: [{ port: 8080, targetPort: 80 }] }), ep, true],
    ['no Service: not mirrored', undefined, ep, false],
    ['a Service with a selector: not mirrored', service({ name: 'x', selector: { app: 'x' } }), ep, false],
    ['ExternalName: not mirrored', service({ name: 'x', type: 'ExternalName', externalName: 'a.example' }), ep, false],
    ['skip-mirror label', service({ name: 'x' }), { ...ep, metadata: { ...ep.metadata, labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } } }, false],
    ['leader-election annotation', service({ name: 'x' }), { ...ep, metadata: { ...ep.metadata, annotations: { 'control-plane.alpha.kubernetes.io/leader': '{}' } } }, false],
  ])('%s', (_name, svc, e, want) => {
    expect(shouldMirror(e, svc)).toBe(want);
  });

  it('mirrors addresses as ready, notReadyAddresses as not ready, with the mirroring label', () => {
    const [slice] = mirrorEndpoints(ep);
    expect(slice.metadata.labels).toEqual({
      'kubernetes.io/service-name': 'sample-none-selector',
      'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io',
    });
    expect(slice.metadata.name).toMatch(/^sample-none-selector-[a-z0-9]{5}$/);
    expect(slice.addressType).toBe('IPv4');
    expect(slice.ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
    expect(slice.endpoints.map((e) => [e.addresses[0], e.conditions.ready])).toEqual([
      ['192.168.1.1', true], ['192.168.1.2', true], ['192.168.1.3', false],
    ]);
  });

  it('splits by address type and drops invalid IPs', () => {
    const mixed = endpoints({ name: 'm', subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }, { ip: 'not-an-ip' }], ports: [{ port: 80 }] }] });
    expect(mirrorEndpoints(mixed).map((s) => [s.addressType, s.endpoints.map((e) => e.addresses[0])])).toEqual([
      ['IPv4', ['10.0.0.1']], ['IPv6', ['fd00::1']],
    ]);
  });
});
