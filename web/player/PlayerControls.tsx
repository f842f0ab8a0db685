import { SPEEDS } from '../store/playerSlice';
import { getAppStore, useApp } from '../store/index';
import { IconEnd, IconNext, IconPause, IconPlay, IconPrev, IconStart } from './icons';
import { useT } from '../i18n/index';

export function PlayerControls() {
  const trace = useApp((s) => s.player.trace);
  const index = useApp((s) => s.player.index);
  const playing = useApp((s) => s.player.playing);
  const speed = useApp((s) => s.player.speed);
  const t = useT();
  // Actions never change: read them once instead of subscribing to the whole store.
  const { togglePlay, stepForward, stepBack, toStart, toEnd, seek, setSpeed } = getAppStore().getState();
  const count = trace?.steps.length ?? 0;
  const none = count === 0;
  return (
    <div className="player-controls" role="group" aria-label={t('player.controls')}>
      <div className="player-buttons">
        <button type="button" data-testid="player.start" aria-label={t('player.start')} disabled={none || index === 0} onClick={toStart}><IconStart /></button>
        <button type="button" data-testid="player.prev" aria-label={t('player.prev')} disabled={none || index === 0} onClick={stepBack}><IconPrev /></button>
        <button type="button" className="primary" data-testid="player.play" aria-label={playing ? t('player.pause') : t('player.play')} aria-pressed={playing} disabled={count < 2} onClick={togglePlay}>
          {playing ? <IconPause /> : <IconPlay />}
        </button>
        <button type="button" data-testid="player.next" aria-label={t('player.next')} disabled={none || index >= count - 1} onClick={stepForward}><IconNext /></button>
        <button type="button" data-testid="player.end" aria-label={t('player.end')} disabled={none || index >= count - 1} onClick={toEnd}><IconEnd /></button>
      </div>
      <div className="player-scrub">
        <input
          type="range"
          data-testid="player.scrub"
          aria-label={t('player.scrub')}
          aria-valuetext={none ? t('player.noTrace') : t('player.stepOf', { n: index + 1, total: count })}
          min={0}
          max={Math.max(0, count - 1)}
          step={1}
          value={index}
          disabled={none}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <span className="player-count" data-testid="player.position">{none ? '—' : t('player.stepOf', { n: index + 1, total: count })}</span>
        <label className="player-speed">
          <span>{t('player.speed')}</span>
          <select data-testid="player.speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
          </select>
        </label>
      </div>
    </div>
  );
}
