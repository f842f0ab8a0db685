/**
 * Label selectors, as k8s.io/apimachinery/pkg/labels evaluates them, plus a label index so that matching
 * thousands of Services against thousands of Pods stays linear-ish instead of Services × Pods.
 */
import type { LabelSelector } from '../api/types';

export type Labels = Readonly<Record<string, string>>;

/**
 * labels.SelectorFromSet(set).Matches(labels): every key must be present with the same value.
 * An empty set matches everything here; callers decide what an empty Service selector means
 * (the EndpointSlice controller never gets that far, see endpointslice/reconciler.ts).
 */
export function matchesSet(set: Labels, labels: Labels): boolean {
  for (const k in set) if (labels[k] !== set[k]) return false;
  return true;
}

/**
 * metav1.LabelSelectorAsSelector(selector).Matches(labels): matchLabels AND every matchExpression.
 * An empty LabelSelector matches everything (apps/v1 validation forbids it on workloads anyway).
 */
export function matchesLabelSelector(sel: LabelSelector, labels: Labels): boolean {
  if (!matchesSet(sel.matchLabels, labels)) return false;
  for (const r of sel.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    switch (r.operator) {
      case 'In': if (!has || !r.values.includes(labels[r.key])) return false; break;
      case 'NotIn': if (has && r.values.includes(labels[r.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

/**
 * Items of one namespace indexed by label key, then value (a posting list per `key=value` pair, without
 * building a `key=value` string per label of every item). `select(set)` walks the shortest posting list among
 * the selector's pairs and checks the rest, so a selector costs about as much as its rarest label.
 */
export class LabelIndex<T> {
  private readonly byNs = new Map<string, { all: T[]; pairs: Map<string, Map<string, T[]>> }>();

  constructor(private readonly labelsOf: (item: T) => Labels, private readonly nsOf: (item: T) => string) {}

  add(item: T): void {
    const ns = this.nsOf(item);
    let bucket = this.byNs.get(ns);
    if (!bucket) {
      bucket = { all: [], pairs: new Map() };
      this.byNs.set(ns, bucket);
    }
    bucket.all.push(item);
    const labels = this.labelsOf(item);
    for (const k in labels) {
      let byValue = bucket.pairs.get(k);
      if (!byValue) bucket.pairs.set(k, (byValue = new Map()));
      const list = byValue.get(labels[k]);
      if (list) list.push(item);
      else byValue.set(labels[k], [item]);
    }
  }

  /** Items in `namespace` whose labels contain every pair of `set` (all items when `set` is empty). */
  select(namespace: string, set: Labels): T[] {
    const bucket = this.byNs.get(namespace);
    if (!bucket) return [];
    let best: T[] | undefined;
    for (const k in set) {
      const list = bucket.pairs.get(k)?.get(set[k]);
      if (!list) return [];
      if (!best || list.length < best.length) best = list;
    }
    if (!best) return bucket.all.slice();
    return best.filter((item) => matchesSet(set, this.labelsOf(item)));
  }

  /** Items in `namespace` matching a full LabelSelector. */
  selectLabelSelector(namespace: string, sel: LabelSelector): T[] {
    return this.select(namespace, sel.matchLabels).filter((item) => matchesLabelSelector(sel, this.labelsOf(item)));
  }
}
