/** The options of the console's "Run from" menu (SourcePicker), built from the simulation's sources. */
import type { SimulationSources } from '../worker/protocol';

export interface SourceOption {
  id: string;
  label: string;
}

export interface SourceOptions {
  clients: SourceOption[];
  nodes: SourceOption[];
  pods: SourceOption[];
  /** Pods left out of the menu (MAX_POD_OPTIONS). */
  more: number;
}

/**
 * The pods listed in the menu. A huge paste has tens of thousands: a menu that long is no use to anyone, and
 * React took seconds to insert its options. The console runs from any pod with `kubectl exec POD -- …`.
 */
export const MAX_POD_OPTIONS = 300;

const DEFAULT_CLIENTS: SimulationSources['clients'] = [{ name: 'internet', ip: '' }, { name: 'lan', ip: '' }];

/** `source`: the current choice, kept in the menu even when its pod is past the first MAX_POD_OPTIONS. */
export function sourceOptions(sources: SimulationSources | undefined, source: string): SourceOptions {
  const clients = (sources?.clients ?? DEFAULT_CLIENTS).map((c) => ({ id: `client/${c.name}`, label: `${c.name}${c.ip ? ` (${c.ip})` : ''}` }));
  const nodes = (sources?.nodes ?? []).map((n) => ({ id: `node/${n.name}`, label: `${n.name} (${n.internalIP})` }));
  const all = sources?.pods ?? [];
  const option = (p: SimulationSources['pods'][number]): SourceOption =>
    ({ id: `pod/${p.namespace}/${p.name}`, label: `${p.namespace}/${p.name}${p.podIP ? ` (${p.podIP})` : ''}` });
  const pods = all.slice(0, MAX_POD_OPTIONS).map(option);
  const chosen = all.length > MAX_POD_OPTIONS ? all.slice(MAX_POD_OPTIONS).find((p) => `pod/${p.namespace}/${p.name}` === source) : undefined;
  if (chosen) pods.push(option(chosen));
  return { clients, nodes, pods, more: all.length - pods.length };
}
