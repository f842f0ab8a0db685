/**
 * The cards on the graph. One memoised component per node type; each reads only its own `data`, which
 * toFlow passes through by reference, so panning or stepping through a trace re-renders nothing but the
 * cards whose state changed.
 */
import { createContext, memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ColumnKey } from '../../src/index';
import { COLUMN_LABEL, KIND_META } from './kinds';
import { i18n, type UiKey } from '../i18n/index';
// One `t` for all cards, from the panel (react-i18next's per-component wrapper is costly × hundreds of cards).
import { useCardT as useT } from './cardT';
import { badgeLabel, detailLabel, kindLabel } from '../i18n/graphText';
import type { CollapsedFlowNode, ColumnFlowNode, GroupFlowNode, ResourceFlowNode } from './toFlow';

/** What cards can ask of the panel (collapse a group) without putting functions into node data. */
export const GraphActions = createContext<{ toggleGroup(id: string): void }>({ toggleGroup: () => {} });

/** Six handles: in on the left, out on the right, plus the reverse pair and top/bottom for same-column edges. */
function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} id="l" isConnectable={false} />
      <Handle type="source" position={Position.Right} id="r" isConnectable={false} />
      <Handle type="source" position={Position.Left} id="lo" isConnectable={false} />
      <Handle type="target" position={Position.Right} id="ri" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="b" isConnectable={false} />
      <Handle type="target" position={Position.Top} id="t" isConnectable={false} />
      <Handle type="source" position={Position.Top} id="to" isConnectable={false} />
      <Handle type="target" position={Position.Bottom} id="bi" isConnectable={false} />
    </>
  );
}

function ProblemBadge({ severity, count }: { severity?: string; count: number }) {
  if (!severity || !count) return null;
  const sign = severity === 'error' ? '✕' : severity === 'warning' ? '!' : 'i';
  return (
    <span className={`pp-badge pp-badge--${severity}`} title={`${count} ${severity}${count > 1 ? 's' : ''}`}>
      {sign} {count}
    </span>
  );
}

export const ResourceNode = memo(function ResourceNode({ data }: NodeProps<ResourceFlowNode>) {
  const n = data.node;
  const meta = KIND_META[n.kind];
  const t = useT();
  const has = (key: string) => i18n.exists(key);
  const kind = kindLabel(t, n.kind, meta.label);
  const badges = n.badges?.map((b) => badgeLabel(t, has, b));
  const detail = n.detail && detailLabel(t, n.detail);
  const sublabel = n.sublabel && detailLabel(t, n.sublabel);
  const status = n.status && n.status !== 'ready' ? ` pp-node--${n.status}` : '';
  const describe = [kind, n.label, sublabel, detail, ...(badges ?? [])].filter(Boolean).join(', ');
  return (
    <div
      className={`pp-node pp-node--${n.kind}${status}${n.severity ? ` pp-node--has-${n.severity}` : ''}${n.generated ? ' pp-node--generated' : ''}`}
      style={{ ['--kind' as string]: meta.color }}
      data-testid={`graph.node.${n.id}`}
      data-severity={n.severity === 'error' || n.severity === 'warning' ? n.severity : undefined}
      title={[describe, ...n.problems.map((p) => `${p.severity}: ${p.message} (${p.code})`)].join('\n')}
    >
      <Handles />
      <div className="pp-node__head">
        <span className="pp-node__tag" aria-hidden="true">{meta.tag}</span>
        <span className="pp-node__kind">{kind}</span>
        {n.serviceType && <span className={`pp-type pp-type--${n.serviceType}`}>{n.serviceType}</span>}
        <ProblemBadge severity={n.severity} count={n.problems.length} />
      </div>
      <div className="pp-node__name">{n.label}</div>
      {sublabel && <div className="pp-node__sub">{sublabel}</div>}
      <div className="pp-node__detail">
        {badges?.map((b) => <span key={b} className="pp-chip">{b}</span>)}
        {detail && <span className="pp-node__detail-text">{detail}</span>}
      </div>
    </div>
  );
});

export const CollapsedNode = memo(function CollapsedNode({ data }: NodeProps<CollapsedFlowNode>) {
  const { toggleGroup } = useContext(GraphActions);
  const t = useT();
  const g = data.group;
  return (
    <div className={`pp-node pp-node--collapsed${data.severity ? ` pp-node--has-${data.severity}` : ''}`} data-testid={`graph.node.${g.id}`}
      data-severity={data.severity === 'error' || data.severity === 'warning' ? data.severity : undefined}>
      <Handles />
      <div className="pp-node__head">
        <span className="pp-node__tag" aria-hidden="true">{g.kind === 'namespace' ? 'NS' : 'NO'}</span>
        <span className="pp-node__kind">{g.kind === 'namespace' ? t('graph.collapsedNamespace') : t('graph.collapsedNode')}</span>
        <ProblemBadge severity={data.severity} count={data.severity ? 1 : 0} />
      </div>
      <div className="pp-node__name">{g.label}</div>
      <div className="pp-node__sub">{t('graph.elements', { count: data.count })}</div>
      <button type="button" className="pp-group__toggle nodrag" onClick={(e) => { e.stopPropagation(); toggleGroup(g.id); }}>
        {t('graph.expand')}
      </button>
    </div>
  );
});

export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const { toggleGroup } = useContext(GraphActions);
  const t = useT();
  const g = data.group;
  return (
    <div className={`pp-group pp-group--${g.kind}${data.problems ? ' pp-group--problem' : ''}`} data-testid={`graph.group.${g.id}`}>
      <div className="pp-group__title">
        <span className="pp-group__kind">{g.kind === 'namespace' ? t('graph.groupNamespace') : t('graph.groupNode')}</span> {g.label}
        <button
          type="button" className="pp-group__toggle nodrag" aria-label={t('graph.collapse', { name: g.label })}
          onClick={(e) => { e.stopPropagation(); toggleGroup(g.id); }}
        >
          −
        </button>
      </div>
    </div>
  );
});

export const ColumnNode = memo(function ColumnNode({ data }: NodeProps<ColumnFlowNode>) {
  const t = useT();
  const key = data.column as ColumnKey;
  return <div className="pp-column">{key in COLUMN_LABEL ? t(`graph.col.${key}` as UiKey) : data.column}</div>;
});

export const nodeTypes = { resource: ResourceNode, collapsed: CollapsedNode, group: GroupNode, column: ColumnNode };
