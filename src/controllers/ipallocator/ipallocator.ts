/**
 * ClusterIP allocation, as kube-apiserver does it when a Service is created
 * (pkg/registry/core/service/ipallocator, storage/alloc.go).
 *
 * - Families (alloc.go initIPFamilyFields): ipFamilyPolicy defaults to SingleStack, or RequireDualStack when
 *   two families or two IPs are written; ipFamilies default to the family of the first written IP, else the
 *   cluster's primary family (that of the first service CIDR); PreferDualStack/RequireDualStack add the other
 *   family when the cluster has a service CIDR of it. A headless Service without a selector is the exception:
 *   RequireDualStack and both families, whatever the cluster has.
 * - Written clusterIP/clusterIPs are honoured (and reserved before anything is allocated); 'None' is headless;
 *   ExternalName Services get no IP and no families.
 * - KEP-3070: each CIDR is split at offset min(max(16, size/16), 256) into a lower "static" band and an upper
 *   "dynamic" band. Dynamic allocation starts at a random address of the upper band, walks forward (wrapping)
 *   to the first free one, and falls back to the lower band only when the upper one is full. So 10.96.0.1
 *   (`kubernetes`) and 10.96.0.10 (`kube-dns`) sit in the static band and ordinary Services get 10.96.1.1+.
 *   The random start is a hash of namespace/name here.
 * - KEP-1880 (multiple ServiceCIDRs): with several CIDRs of one family, the MetaAllocator uses any allocator
 *   with room (Go map order); PodPath uses them in the order listed, moving on when one is full.
 * The network address is never used, nor (IPv4) the broadcast address.
 */
import type { Service } from '../../api/types';
import { canonicalIP, cidrContains, parseCIDR, parseIP, type IPFamily, type ParsedCIDR } from '../../cluster/ipmath';
import { probeAddress, type AddressRange } from '../../cluster/pool';
import { EMPTY_LIST } from '../../api/empty';

export type IPFamilyPolicy = NonNullable<Service['spec']['ipFamilyPolicy']>;

export interface ServiceIPs {
  clusterIPs: string[];
  ipFamilies: IPFamily[];
  ipFamilyPolicy?: IPFamilyPolicy;
}

export type IPAllocProblem =
  | { code: 'cluster/service-ip-invalid'; ip: string }
  | { code: 'cluster/service-ip-out-of-range'; ip: string; cidrs: string }
  | { code: 'cluster/service-ip-duplicate'; ip: string; other: string }
  | { code: 'cluster/service-cidr-full'; family: IPFamily }
  | { code: 'cluster/service-dualstack-unavailable'; family: IPFamily };

/** KEP-3070 calculateRangeOffset: min(max(16, size/16), 256), 0 for ranges of 16 addresses or fewer. */
export function calculateRangeOffset(size: bigint): bigint {
  if (size <= 16n) return 0n;
  const offset = size / 16n;
  return offset < 16n ? 16n : offset > 256n ? 256n : offset;
}

/** The upper (dynamic) band, then the lower (static) band, of one service CIDR. */
export function allocationBands(cidr: ParsedCIDR): AddressRange[] {
  const first = cidr.base + 1n;
  const last = cidr.base + cidr.size - 1n - (cidr.family === 'IPv4' ? 1n : 0n);
  if (last < first) return [];
  const offset = calculateRangeOffset(cidr.size);
  const bands: AddressRange[] = [{ family: cidr.family, first: first + offset, count: last - (first + offset) + 1n }];
  if (offset > 0n) bands.push({ family: cidr.family, first, count: offset });
  return bands;
}

const other = (f: IPFamily): IPFamily => (f === 'IPv4' ? 'IPv6' : 'IPv4');

export interface ServiceIPAllocator {
  /** Phase 1: families and written IPs, reserved in the order Services are given (apply order). */
  reserve(key: string, svc: Service): { problems: readonly IPAllocProblem[] };
  /** Phase 2: fill in missing IPs (call in a stable order, e.g. sorted by namespace/name). */
  allocate(key: string): { result: ServiceIPs; problems: readonly IPAllocProblem[] };
}

/** The answer of a reservation without a problem (most of them): one shared object. */
const NO_PROBLEMS: { problems: readonly IPAllocProblem[] } = { problems: EMPTY_LIST };

export function newServiceIPAllocator(serviceCIDRs: readonly string[]): ServiceIPAllocator {
  const cidrs = serviceCIDRs.map((c) => parseCIDR(c)).filter((c): c is ParsedCIDR => !!c);
  const byFamily = (f: IPFamily) => cidrs.filter((c) => c.family === f);
  const bands = new Map(cidrs.map((c) => [c, allocationBands(c)]));
  const primary: IPFamily = cidrs[0]?.family ?? 'IPv4';
  const used = new Map<string, string>();
  // `ips`: the written address of each family (an object, not a Map: one is made per Service).
  const pending = new Map<string, { svc: Service; fams: IPFamily[]; policy?: IPFamilyPolicy; ips: Partial<Record<IPFamily, string>> }>();

  return {
    reserve(key, svc) {
      let problems: IPAllocProblem[] | undefined;
      const spec = svc.spec;
      if (spec.type === 'ExternalName') {
        pending.set(key, { svc, fams: [], ips: {} });
        return NO_PROBLEMS;
      }
      const headless = spec.clusterIP === 'None' || spec.clusterIPs[0] === 'None';
      if (headless && (!spec.selector || Object.keys(spec.selector).length === 0)) {
        // alloc.go's special case, headless + selectorless: the policy defaults to RequireDualStack and the other
        // family is added even on a single-stack cluster (no address is ever allocated, so nothing is checked).
        const policy: IPFamilyPolicy = spec.ipFamilyPolicy ?? 'RequireDualStack';
        const fams: IPFamily[] = spec.ipFamilies.length ? [...spec.ipFamilies] : [primary];
        if (fams.length < 2 && policy !== 'SingleStack') fams.push(other(fams[0]));
        pending.set(key, { svc, fams, policy, ips: {} });
        return NO_PROBLEMS;
      }
      const written = headless ? [] : (spec.clusterIPs.length > 0 ? spec.clusterIPs : spec.clusterIP ? [spec.clusterIP] : []);
      const policy: IPFamilyPolicy = spec.ipFamilyPolicy
        ?? (spec.ipFamilies.length === 2 || written.length === 2 ? 'RequireDualStack' : 'SingleStack');
      let fams: IPFamily[] = [...spec.ipFamilies];
      if (fams.length === 0) {
        fams = [parseIP(written[0])?.family ?? primary];
        if (policy !== 'SingleStack') fams.push(other(fams[0]));
      }
      if (policy === 'SingleStack') fams = fams.slice(0, 1);
      if (fams.length === 2 && byFamily(fams[1]).length === 0) {
        if (policy === 'RequireDualStack') (problems ??= []).push({ code: 'cluster/service-dualstack-unavailable', family: fams[1] });
        fams = fams.slice(0, 1);
      }
      const ips: Partial<Record<IPFamily, string>> = {};
      for (const text of written) {
        const ip = parseIP(text);
        if (!ip) {
          (problems ??= []).push({ code: 'cluster/service-ip-invalid', ip: text });
          continue;
        }
        const canon = canonicalIP(text);
        if (!byFamily(ip.family).some((c) => cidrContains(c, ip))) {
          (problems ??= []).push({ code: 'cluster/service-ip-out-of-range', ip: canon, cidrs: serviceCIDRs.join(',') });
        }
        const holder = used.get(canon);
        if (holder !== undefined && holder !== key) (problems ??= []).push({ code: 'cluster/service-ip-duplicate', ip: canon, other: holder });
        else used.set(canon, key);
        if (ips[ip.family] === undefined) ips[ip.family] = canon;
        if (!fams.includes(ip.family)) fams.push(ip.family);
      }
      pending.set(key, { svc, fams, policy, ips });
      return problems ? { problems } : NO_PROBLEMS;
    },

    allocate(key) {
      const p = pending.get(key);
      let problems: IPAllocProblem[] | undefined;
      if (!p || p.svc.spec.type === 'ExternalName') return { result: { clusterIPs: [], ipFamilies: [] }, problems: EMPTY_LIST };
      const headless = p.svc.spec.clusterIP === 'None' || p.svc.spec.clusterIPs[0] === 'None';
      const out: string[] = [];
      for (const fam of p.fams) {
        if (headless) continue;
        let ip = p.ips[fam];
        if (!ip) {
          for (const c of byFamily(fam)) {
            for (const band of bands.get(c) ?? []) {
              ip = probeAddress(band, `${key}/${fam}`, (a) => !used.has(a), 4096);
              if (ip) break;
            }
            if (ip) break;
          }
          if (!ip) {
            (problems ??= []).push({ code: 'cluster/service-cidr-full', family: fam });
            continue;
          }
          used.set(ip, key);
        }
        out.push(ip);
      }
      return { result: { clusterIPs: headless ? ['None'] : out, ipFamilies: p.fams, ipFamilyPolicy: p.policy }, problems: problems ?? EMPTY_LIST };
    },
  };
}
