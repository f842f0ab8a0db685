import { Panel } from '../layout/Panel';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';
import { Narration } from './Narration';
import { PacketCard } from './PacketCard';
import { PlayerControls } from './PlayerControls';
import { StepList } from './StepList';

/** The step-through player: controls, what is happening (narration), the packet, and every step. */
export function PlayerPanel() {
  const title = useApp((s) => s.player.trace?.title);
  const t = useT();
  return (
    <Panel id="player" title={t('panel.player')} testId="player.panel" extra={title ? <code className="player-title" title={title}>{title}</code> : null}>
      <PlayerControls />
      <Narration />
      <PacketCard />
      <StepList />
    </Panel>
  );
}
