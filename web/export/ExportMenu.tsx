import { useState } from 'react';
import { useT } from '../i18n/index';
import { exportGraph } from './exportGraph';

/** Two buttons: the visible graph as PNG or SVG. */
export function ExportButtons() {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const run = (format: 'svg' | 'png') => void exportGraph(format, 'PodPath').then((ok) => setFailed(!ok));
  return (
    <span className="export-buttons" role="group" aria-label={t('export.label')}>
      <button type="button" data-testid="export.png" onClick={() => run('png')}>{t('export.png')}</button>
      <button type="button" data-testid="export.svg" onClick={() => run('svg')}>{t('export.svg')}</button>
      {failed && <span className="share-error" role="alert">{t('export.failed')}</span>}
    </span>
  );
}
