/**
 * core/v1 Endpoints and discovery.k8s.io/v1 EndpointSlice, as written by hand (selector-less Services)
 * or dumped from a cluster.
 *
 * Defaults: Endpoints/EndpointSlice port protocol TCP, EndpointSlice port name '' (SetDefaults_EndpointPort).
 * EndpointSlice conditions are kept as the API keeps them (nil) and resolved here the way its consumers
 * read them (discovery/v1 EndpointConditions docs, kube-proxy's endpointslicecache): ready nil → true,
 * serving nil → true, terminating nil → false.
 * Checks from pkg/apis/core/validation ValidateEndpoints and pkg/apis/discovery/validation.
 */
import type {
  Endpoint, EndpointAddress, EndpointPort, EndpointSlice, EndpointSlicePort, Endpoints, EndpointSubset, ObjectReference,
} from '../../api/types';
import type { FieldPath } from '../diagnostics';
import { ipFamily, isValidIP } from '../validation/ip';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum } from '../validation/names';
import type { DecodeContext, Raw } from './context';
import { decodeMeta } from './meta';
import { PROTOCOLS } from './pod';

function decodeRef(r: Raw | undefined, at: FieldPath, ctx: DecodeContext): ObjectReference | undefined {
  if (!r) return undefined;
  const ref: ObjectReference = { kind: ctx.str(r, 'kind', at) ?? '', name: ctx.str(r, 'name', at) ?? '' };
  const ns = ctx.str(r, 'namespace', at);
  const uid = ctx.str(r, 'uid', at);
  if (ns) ref.namespace = ns;
  if (uid) ref.uid = uid;
  return ref;
}

/** ValidateEndpointIP: a valid IP that is not unspecified, loopback or link-local (those never reach a pod). */
function endpointIPProblem(ip: string): string | undefined {
  if (isValidIP(ip).length) return 'must be a valid IP address';
  if (ip === '0.0.0.0' || ip === '::') return 'may not be unspecified (0.0.0.0)';
  if (ip.startsWith('127.') || ip === '::1') return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (ip.startsWith('169.254.') || /^fe[89ab]/i.test(ip)) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (ip.startsWith('224.0.0.') || /^ff02:/i.test(ip)) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return undefined;
}

export function decodeEndpoints(raw: Raw, apiVersion: string, ctx: DecodeContext): Endpoints {
  const metadata = decodeMeta(raw, 'Endpoints', ctx);
  const subsets: EndpointSubset[] = ctx.objects(raw, 'subsets', []).map(([s, sat]) => {
    const addresses = (key: 'addresses' | 'notReadyAddresses') =>
      ctx.objects(s, key, sat).map(([a, aat]): EndpointAddress => {
        const ip = ctx.str(a, 'ip', aat) ?? '';
        const problem = endpointIPProblem(ip);
        if (problem) ctx.error('endpoints/address-invalid', [...aat, 'ip'], { value: ip, reason: problem });
        const out: EndpointAddress = { ip };
        const hostname = ctx.str(a, 'hostname', aat);
        if (hostname) {
          out.hostname = hostname;
          const errs = isDNS1123Label(hostname);
          if (errs.length) ctx.error('endpoints/hostname-invalid', [...aat, 'hostname'], { value: hostname, reason: errs.join('; ') });
        }
        const nodeName = ctx.str(a, 'nodeName', aat);
        if (nodeName) out.nodeName = nodeName;
        const ref = decodeRef(ctx.obj(a, 'targetRef', aat), [...aat, 'targetRef'], ctx);
        if (ref) out.targetRef = ref;
        return out;
      });
    const rawPorts = ctx.objects(s, 'ports', sat);
    const ports = rawPorts.map(([p, pat]): EndpointPort => {
      const port = decodePort(p, pat, rawPorts.length > 1, ctx, 'endpoints');
      return { ...port, name: port.name, port: port.port ?? 0 };
    });
    return { addresses: addresses('addresses'), notReadyAddresses: addresses('notReadyAddresses'), ports };
  });
  return { kind: 'Endpoints', apiVersion, metadata, subsets };
}

function decodePort(p: Raw, at: FieldPath, requireName: boolean, ctx: DecodeContext, prefix: string): EndpointSlicePort {
  const name = ctx.str(p, 'name', at) ?? '';
  if (requireName && !name) ctx.error(`${prefix}/port-name-required`, [...at, 'name']);
  if (name) {
    const errs = isDNS1123Label(name);
    if (errs.length) ctx.error(`${prefix}/port-name-invalid`, [...at, 'name'], { name, reason: errs.join('; ') });
  }
  const port = ctx.int(p, 'port', at);
  if (port !== undefined || prefix === 'endpoints') {
    if (isValidPortNum(port ?? 0).length) ctx.error(`${prefix}/port-invalid`, [...at, 'port'], { port: port ?? 0 });
  }
  const out: EndpointSlicePort = { name, protocol: ctx.oneOf(p, 'protocol', at, PROTOCOLS, 'object/unsupported-value') ?? 'TCP' };
  if (port !== undefined) out.port = port;
  const appProtocol = ctx.str(p, 'appProtocol', at);
  if (appProtocol) out.appProtocol = appProtocol;
  return out;
}

const ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'] as const;

export function decodeEndpointSlice(raw: Raw, apiVersion: string, ctx: DecodeContext): EndpointSlice {
  const metadata = decodeMeta(raw, 'EndpointSlice', ctx);
  if (apiVersion !== 'discovery.k8s.io/v1') ctx.add('warning', 'endpointslice/deprecated-api-version', ['apiVersion'], { apiVersion });
  const addressType = ctx.oneOf(raw, 'addressType', [], ADDRESS_TYPES, 'endpointslice/address-type-unsupported');
  if (!addressType && raw.addressType === undefined) ctx.error('endpointslice/address-type-required', ['addressType']);
  const endpoints: Endpoint[] = ctx.objects(raw, 'endpoints', []).map(([e, eat]) => {
    const addresses = ctx.strings(e, 'addresses', eat);
    if (addresses.length === 0) ctx.error('endpointslice/addresses-required', [...eat, 'addresses']);
    addresses.forEach((a, i) => {
      const ok = addressType === 'FQDN' ? isDNS1123Subdomain(a).length === 0 : ipFamily(a) === addressType;
      if (addressType && !ok) ctx.error('endpointslice/address-invalid', [...eat, 'addresses', i], { value: a, addressType });
    });
    const c = ctx.obj(e, 'conditions', eat);
    const cat: FieldPath = [...eat, 'conditions'];
    const ready = ctx.bool(c, 'ready', cat);
    const serving = ctx.bool(c, 'serving', cat);
    const terminating = ctx.bool(c, 'terminating', cat);
    const out: Endpoint = {
      addresses,
      conditions: { ready: ready ?? true, serving: serving ?? true, terminating: terminating ?? false },
    };
    for (const key of ['hostname', 'nodeName', 'zone'] as const) {
      const v = ctx.str(e, key, eat);
      if (v) out[key] = v;
    }
    const ref = decodeRef(ctx.obj(e, 'targetRef', eat), [...eat, 'targetRef'], ctx);
    if (ref) out.targetRef = ref;
    const hat: FieldPath = [...eat, 'hints'];
    const forZones = ctx.objects(ctx.obj(e, 'hints', eat), 'forZones', hat).map(([z, zat]) => ({ name: ctx.str(z, 'name', zat) ?? '' }));
    if (forZones.length > 0) out.hints = { forZones };
    return out;
  });
  const names = new Set<string>();
  const ports = ctx.objects(raw, 'ports', []).map(([p, pat]) => {
    const port = decodePort(p, pat, false, ctx, 'endpointslice');
    if (names.has(port.name)) ctx.error('endpointslice/port-name-duplicate', [...pat, 'name'], { name: port.name });
    names.add(port.name);
    return port;
  });
  return { kind: 'EndpointSlice', apiVersion, metadata, addressType: addressType ?? 'IPv4', endpoints, ports };
}
