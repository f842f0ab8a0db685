import { useMemo } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';
import { sourceOptions } from './sourceOptions';

/** Where commands run from: a client outside (internet, LAN), a node, or a pod. */
export function SourcePicker() {
  const sources = useApp((s) => s.simulation?.sources);
  const source = useApp((s) => s.consoleSource);
  const t = useT();
  const groups = useMemo(() => sourceOptions(sources, source), [sources, source]);
  const known = [...groups.clients, ...groups.nodes, ...groups.pods].some((o) => o.id === source);
  return (
    <label className="source-picker">
      <span>{t('console.runFrom')}</span>
      <select data-testid="console.source" value={source} onChange={(e) => getAppStore().getState().setConsoleSource(e.target.value)}>
        {!known && <option value={source}>{t('console.gone', { name: source.replace(/^\w+\//, '') })}</option>}
        <optgroup label={t('console.outside')}>
          {groups.clients.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </optgroup>
        {groups.nodes.length > 0 && (
          <optgroup label={t('console.nodes')}>
            {groups.nodes.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
        )}
        {groups.pods.length > 0 && (
          <optgroup label={t('console.pods')}>
            {groups.pods.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            {groups.more > 0 && <option disabled value="">{t('console.morePods', { n: groups.more })}</option>}
          </optgroup>
        )}
      </select>
    </label>
  );
}
