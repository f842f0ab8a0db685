import type { ShareError } from '../../src/share/index';
import { useT, type UiKey } from '../i18n/index';
import { restorePrevious } from './replace';
import { shareStore, useShareUi } from './shareStore';
import './notice.css';

const ERROR_KEY: Record<ShareError['code'], UiKey> = {
  'share/not-a-share-link': 'share.error.notLink',
  'share/unknown-version': 'share.error.version',
  'share/corrupt': 'share.error.corrupt',
  'share/too-large': 'share.error.tooLarge',
};

/** What happened to a link (or a file): opened, refused, restored — with the way back to one's own work. */
export function ShareNotice() {
  const t = useT();
  const notice = useShareUi((s) => s.notice);
  const previous = useShareUi((s) => s.previous);
  if (!notice) return null;
  const dismiss = () => shareStore.getState().setNotice(null);
  const restore = previous && (
    <button type="button" data-testid="notice.restore" onClick={() => restorePrevious()}>{t('share.restore')}</button>
  );
  let body;
  let tone = 'info';
  switch (notice.kind) {
    case 'error':
      tone = 'error';
      body = (
        <>
          <strong>{t(ERROR_KEY[notice.error.code], { limit: notice.error.code === 'share/too-large' ? Math.round(notice.error.limit / 1024 / 1024) : 0 })}</strong>{' '}
          {t('share.error.safe')}
        </>
      );
      break;
    case 'opened':
      body = <>{t('share.opened')} {notice.kept && <>{t('share.previousKept')} {restore}</>}</>;
      break;
    case 'file-opened':
      body = <>{t('share.fileOpened', { name: notice.name })} {restore && <>{t('share.previousKept')} {restore}</>}</>;
      break;
    case 'restored':
      body = <>{t('share.restored')}</>;
      break;
  }
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid="share.notice" data-kind={notice.kind}>
      <span className="notice-body">{body}</span>
      <button type="button" className="notice-dismiss" aria-label={t('common.dismiss')} title={t('common.dismiss')} onClick={dismiss}>✕</button>
    </div>
  );
}
