/** The inspector's building blocks: field rows, DNS names with a copy button, endpoints, Ingress rules, problems. */
import { useState } from 'react';
import type {
  InspectorDetails, InspectorDnsName, InspectorEndpoint, InspectorIngressRule, InspectorRow,
} from '../../src/index';

type OnSelect = ((id: string) => void) | undefined;

export function RefLink({ id, label, onSelect }: { id: string; label?: string; onSelect: OnSelect }) {
  if (!onSelect) return <code>{label ?? id}</code>;
  return (
    <button type="button" className="link-button pp-ref" onClick={() => onSelect(id)} title={`Select ${id}`}>
      {label ?? id}
    </button>
  );
}

export function SectionRows({ rows, onSelect }: { rows: readonly InspectorRow[]; onSelect: OnSelect }) {
  return (
    <dl className="pp-rows">
      {rows.map((r, i) => (
        <div key={`${r.field}-${i}`} className="pp-row">
          <dt><code>{r.field}</code></dt>
          <dd>{r.ref ? <RefLink id={r.ref} label={r.value} onSelect={onSelect} /> : r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function copy(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return Promise.reject(new Error('clipboard unavailable'));
}

export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button" className="pp-copy" aria-label={`Copy ${text}`} data-testid="inspector.copy"
      onClick={() => {
        copy(text).then(() => setState('copied'), () => setState('failed'));
        setTimeout(() => setState('idle'), 1500);
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select & copy' : 'Copy'}
    </button>
  );
}

const FROM: Record<InspectorDnsName['from'], string> = {
  anywhere: 'from any pod',
  cluster: 'from any pod (search list)',
  namespace: 'from pods in the same namespace',
};

export function DnsNamesTable({ names }: { names: readonly InspectorDnsName[] }) {
  return (
    <ul className="pp-dns">
      {names.map((n) => (
        <li key={`${n.type}-${n.name}`} className={n.notServed ? 'pp-dns--unserved' : undefined}>
          <div className="pp-dns__name">
            <span className="pp-dns__type">{n.type}</span>
            <code>{n.name}</code>
            <CopyButton text={n.name.replace(/\.$/, '')} />
          </div>
          <div className="pp-dns__meta">
            {n.notServed ? <span className="pp-dns__no">{n.notServed}</span> : <span>→ {n.answers.join(', ')}</span>}
            <span className="muted"> · {FROM[n.from]}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function EndpointsTable({ endpoints, onSelect }: { endpoints: readonly InspectorEndpoint[]; onSelect: OnSelect }) {
  return (
    <table className="pp-table">
      <thead><tr><th>address</th><th>ports</th><th>conditions</th><th>pod / node</th></tr></thead>
      <tbody>
        {endpoints.map((e, i) => (
          <tr key={`${e.slice}-${i}`}>
            <td><code>{e.addresses.join(', ')}</code>{e.hostname && <div className="muted">hostname {e.hostname}</div>}</td>
            <td><code>{e.ports.join(', ')}</code></td>
            <td><span className={`pp-status pp-status--${e.status}`}>{e.status}</span>{!e.serving && e.status !== 'notReady' && ' (not serving)'}</td>
            <td>{e.pod ? <RefLink id={e.pod} label={e.pod.split('/').pop()} onSelect={onSelect} /> : '—'}{e.nodeName && <div className="muted">{e.nodeName}</div>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IngressRulesTable({ rules, own, onSelect }: { rules: readonly InspectorIngressRule[]; own: boolean; onSelect: OnSelect }) {
  return (
    <table className="pp-table">
      <thead><tr><th>host</th><th>path</th><th>port</th><th>{own ? 'Service' : 'Ingress'}</th></tr></thead>
      <tbody>
        {rules.map((r, i) => (
          <tr key={i} className={r.missing ? 'pp-rule--missing' : undefined}>
            <td><code>{r.host}</code></td>
            <td><code>{r.path}</code>{r.pathType && <span className="muted"> {r.pathType}</span>}</td>
            <td><code>{r.port}</code></td>
            <td>
              {own
                ? r.service && <RefLink id={r.service} label={`${r.service.split('/').pop()}${r.missing ? ' (missing)' : ''}`} onSelect={onSelect} />
                : <RefLink id={r.ingress} label={r.ingress.split('/').pop()} onSelect={onSelect} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DiagnosticsList({ items }: { items: InspectorDetails['diagnostics'] }) {
  return (
    <ul className="pp-diags">
      {items.map((p, i) => (
        <li key={`${p.code}-${i}`} className={`pp-diag pp-diag--${p.severity}`}>
          <span className="pp-diag__sev">{p.severity}</span> <code className="pp-diag__code">{p.code}</code>
          {p.range && <span className="muted"> · line {p.range.start.line}</span>}
          <div>{p.message}</div>
        </li>
      ))}
    </ul>
  );
}
