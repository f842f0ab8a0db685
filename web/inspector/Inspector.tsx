/**
 * The inspector: everything the engine knows about the selected element (src/graph/inspect.ts), in
 * readable sections — problems first, then DNS names (copyable), fields, endpoints and Ingress rules.
 * Given `details` it shows them; mounted bare it reads the selection and the simulation from the store.
 */
import type { GraphModel, InspectorDetails } from '../../src/index';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';
import { DiagnosticsList, DnsNamesTable, EndpointsTable, IngressRulesTable, RefLink, SectionRows } from './sections';
import './inspector.css';

export interface InspectorProps {
  model?: GraphModel | null;
  details: InspectorDetails | null;
  /** Select another element (a ref in a row). */
  onSelect?(id: string): void;
  /** Select the element's lines in the editor. */
  onReveal?(details: InspectorDetails): void;
}

const KIND_TITLE: Record<string, string> = {
  client: 'Client', dns: 'DNS server', loadBalancer: 'Load balancer', node: 'Node', ingressController: 'Ingress controller',
  ingress: 'Ingress', service: 'Service', endpointSlice: 'EndpointSlice', pod: 'Pod', host: 'Outside host',
  missing: 'Missing Service', namespace: 'Namespace', edge: 'Connection', unknown: 'Element',
};

export function Inspector(props: Partial<InspectorProps>) {
  if (props.details !== undefined) return <InspectorView details={props.details} onSelect={props.onSelect} onReveal={props.onReveal} />;
  return <ConnectedInspector />;
}

function ConnectedInspector() {
  const id = useApp((s) => s.selection.id);
  // Computed in the worker for the selected id (web/boot.ts asks; each simulation sends it again).
  const inspection = useApp((s) => s.inspection);
  const select = useApp((s) => s.select);
  const revealRange = useApp((s) => s.revealRange);
  const details = id && inspection?.id === id ? inspection.details : null;
  return (
    <InspectorView
      details={details}
      onSelect={(ref) => select(ref, 'inspector')}
      onReveal={(d) => d.source && revealRange(d.source.range, true)}
    />
  );
}

export function InspectorView({ details: d, onSelect, onReveal }: Omit<InspectorProps, 'model'>) {
  const t = useT();
  if (!d) {
    return (
      <aside className="pp-inspector pp-inspector--empty" data-testid="inspector" aria-label={t('inspector.label')}>
        <p className="muted">{t('inspector.empty')}</p>
      </aside>
    );
  }
  return (
    <aside className="pp-inspector" data-testid="inspector" aria-label={`Inspector: ${d.title}`}>
      <header className="pp-inspector__head">
        <div className="pp-inspector__kind">{KIND_TITLE[d.kind] ?? d.kind}{d.namespace ? ` · namespace ${d.namespace}` : ''}</div>
        <h3 className="pp-inspector__title" data-testid="inspector.title">{d.title}</h3>
        <div className="pp-inspector__badges">
          {d.serviceType && <span className={`pp-type pp-type--${d.serviceType}`}>{d.serviceType}</span>}
          {d.badges.map((b) => <span key={b} className="pp-chip">{b}</span>)}
          {d.source && onReveal && (
            <button type="button" className="link-button" onClick={() => onReveal(d)} data-testid="inspector.reveal">
              Show in editor (line {d.source.range.start.line})
            </button>
          )}
        </div>
      </header>
      {d.diagnostics.length > 0 && (
        <Block title={`Problems (${d.diagnostics.length})`} testId="inspector.diagnostics">
          <DiagnosticsList items={d.diagnostics} />
        </Block>
      )}
      {d.dnsNames.length > 0 && (
        <Block title="DNS names" testId="inspector.dns">
          <DnsNamesTable names={d.dnsNames} />
        </Block>
      )}
      {d.sections.map((s) => (
        <Block key={s.key} title={SECTION_TITLE[s.key] ?? s.key} testId={`inspector.section.${s.key}`}>
          <SectionRows rows={s.rows} onSelect={onSelect} />
        </Block>
      ))}
      {d.endpoints.length > 0 && (
        <Block title={`Endpoints (${d.endpoints.length})`} testId="inspector.endpoints">
          <EndpointsTable endpoints={d.endpoints} onSelect={onSelect} />
        </Block>
      )}
      {d.ingressRules.length > 0 && (
        <Block title={d.kind === 'ingress' ? 'Rules' : 'Ingress rules pointing here'} testId="inspector.ingress-rules">
          <IngressRulesTable rules={d.ingressRules} own={d.kind === 'ingress'} onSelect={onSelect} />
        </Block>
      )}
      {d.kind === 'edge' && d.sections.length === 0 && <RefLink id={d.id} onSelect={onSelect} />}
    </aside>
  );
}

const SECTION_TITLE: Record<string, string> = {
  metadata: 'Metadata', spec: 'Spec', status: 'Status', ports: 'Ports', 'resolv.conf': '/etc/resolv.conf',
  services: 'Endpoint of Services', endpointSlices: 'EndpointSlices', controllers: 'Claimed by', world: 'World',
  Corefile: 'Corefile (kubernetes plugin)', pods: 'Pods on this node', ingresses: 'Ingresses it serves',
  referencedBy: 'Referenced by', contents: 'Contents', edge: 'Connection', provider: 'Provider',
};

function Block({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <section className="pp-inspector__block" data-testid={testId}>
      <h4>{title}</h4>
      {children}
    </section>
  );
}

export default Inspector;
