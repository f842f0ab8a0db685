/**
 * Placeholders for addresses the cluster allocates, so lessons never hard-code what an allocator picks:
 * `{lb:ns/svc}` (EXTERNAL-IP), `{ingress:ns/name}` (ADDRESS), `{clusterIP:ns/svc}`, `{nodePort:ns/svc}` (first
 * port with a nodePort), `{podIP:ns/pod}`, `{nodeIP:name}` (InternalIP). Pure: reads the simulation only.
 */
import type { Simulation } from '../engine';

const PLACEHOLDER = /\{(lb|ingress|clusterIP|nodePort|podIP|nodeIP):([a-z0-9.\-/]+)\}/g;

function split(ref: string): [string, string] {
  const i = ref.indexOf('/');
  return i < 0 ? ['default', ref] : [ref.slice(0, i), ref.slice(i + 1)];
}

/** The value of one placeholder, or undefined when the simulation has none (no LB yet, no such object…). */
export function placeholderValue(sim: Simulation, kind: string, ref: string): string | undefined {
  const st = sim.cluster;
  const [ns, name] = split(ref);
  const svc = () => st.services.find((s) => s.namespace === ns && s.name === name);
  switch (kind) {
    case 'lb': {
      const a = svc()?.loadBalancerIngress[0];
      return a?.ip ?? a?.hostname;
    }
    case 'ingress': {
      const a = st.ingressAddresses[`${ns}/${name}`]?.[0];
      return a?.ip ?? a?.hostname;
    }
    case 'clusterIP':
      return svc()?.clusterIPs[0];
    case 'nodePort': {
      const p = svc()?.service.spec.ports.find((x) => x.nodePort !== undefined);
      return p?.nodePort !== undefined ? String(p.nodePort) : undefined;
    }
    case 'podIP':
      return st.pods.find((p) => p.namespace === ns && p.name === name)?.podIP || undefined;
    case 'nodeIP':
      return st.nodes.find((n) => n.name === ref)?.internalIP;
    default:
      return undefined;
  }
}

export interface Expansion {
  text: string;
  /** Placeholders the simulation could not fill (left in the text as written). */
  unresolved: string[];
}

export function expandPlaceholdersDetailed(sim: Simulation, text: string): Expansion {
  const unresolved: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, kind: string, ref: string) => {
    const v = placeholderValue(sim, kind, ref);
    if (v === undefined) unresolved.push(whole);
    return v ?? whole;
  });
  return { text: out, unresolved };
}

/** `text` with every placeholder the simulation can fill filled in. */
export function expandPlaceholders(sim: Simulation, text: string): string {
  return expandPlaceholdersDetailed(sim, text).text;
}
