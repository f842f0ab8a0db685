/**
 * EndpointSlices written by hand (selector-less Services are the reason to write one):
 *  - without the `kubernetes.io/service-name` label the slice belongs to no Service: kube-proxy and CoreDNS
 *    group slices by that label only, so they ignore it (endpointslice/orphaned);
 *  - labelled with a Service name that does not exist in its namespace: nothing routes to it
 *    (endpointslice/service-missing);
 *  - labelled for a Service that has a selector: the EndpointSlice controller owns that Service's slices; a
 *    slice it does not manage (no managed-by endpointslice-controller.k8s.io) is kept, and kube-proxy adds its
 *    endpoints to the selected pods' (endpointslice/service-has-selector). Slices labelled managed-by the
 *    controller are replaced by it and never reach the state (src/cluster/endpoints.ts says so already).
 * Controller-made and mirrored slices (createdBy) are not checked. All point at metadata.labels.
 *
 * Messages: src/manifest/strict/messages.ts (registered there). The lead adds lintEndpointSlices to lint().
 */
import { LABEL_SERVICE_NAME, type EndpointSlice } from '../api/types';
import { serviceByName } from '../cluster/lookup';
import type { ClusterState } from '../cluster/state';
import { objectKey, type Diagnostic, type FieldPath, type Severity } from '../manifest/diagnostics';
import { renderMessage } from '../messages/registry';
import '../manifest/strict/messages';

type EndpointSliceCode = 'endpointslice/orphaned' | 'endpointslice/service-missing' | 'endpointslice/service-has-selector';

const LABELS: FieldPath = ['metadata', 'labels'];
const SERVICE_LABEL: FieldPath = [...LABELS, LABEL_SERVICE_NAME];

function sliceDiag(severity: Severity, code: EndpointSliceCode, slice: EndpointSlice, field: FieldPath, params: Record<string, string | number>): Diagnostic {
  return {
    severity, code, message: renderMessage(code, params), params,
    object: objectKey('EndpointSlice', slice.metadata.namespace || undefined, slice.metadata.name),
    ...(slice.source ? { source: { doc: slice.source.doc, path: slice.source.path } } : {}),
    field,
  };
}

/** At most this many addresses are listed in a message. */
const SHOWN = 5;

export function lintEndpointSlices(state: ClusterState): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const slice of state.endpointSlices) {
    if (slice.createdBy || !slice.source) continue;
    const ns = slice.metadata.namespace;
    const name = `${ns}/${slice.metadata.name}`;
    const service = slice.metadata.labels[LABEL_SERVICE_NAME];
    if (service === undefined || service === '') {
      out.push(sliceDiag('warning', 'endpointslice/orphaned', slice, LABELS, { slice: name }));
      continue;
    }
    const svc = serviceByName(state, ns, service);
    if (!svc) {
      out.push(sliceDiag('warning', 'endpointslice/service-missing', slice, SERVICE_LABEL, { slice: name, service, namespace: ns }));
    } else if (svc.endpointsFrom === 'selector') {
      const all: string[] = [];
      for (const e of slice.endpoints) for (const a of e.addresses) all.push(a);
      const addresses = all.length > SHOWN ? `${all.slice(0, SHOWN).join(', ')}, …` : all.join(', ') || 'none';
      out.push(sliceDiag('warning', 'endpointslice/service-has-selector', slice, SERVICE_LABEL, { slice: name, service: `${ns}/${service}`, addresses }));
    }
  }
  return out;
}
