import { Panel } from '../layout/Panel';
import { ConsoleInput } from './ConsoleInput';
import { ConsoleLog } from './ConsoleLog';
import { SourcePicker } from './SourcePicker';
import { Examples } from './Examples';
import { useT } from '../i18n/index';

/** A terminal: pick where commands run from, type dig/nslookup/curl/kubectl, read real-looking output. */
export function ConsolePanel() {
  const t = useT();
  return (
    <Panel id="console" title={t('panel.console')} testId="console.panel" extra={<SourcePicker />}>
      <ConsoleLog />
      <ConsoleInput />
      <Examples />
    </Panel>
  );
}
