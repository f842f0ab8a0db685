import { useEffect, useRef, useState } from 'react';
import { getAppStore } from '../store/index';
import { tr, useLang, useT } from '../i18n/index';
import { lessonStore } from '../lessons/lessonStore';
import { presentStore } from '../present/presentStore';
import { currentShareUrl } from './current';
import { downloadText, readTextFile, scenarioFileName } from './files';
import { QrCode } from './QrCode';
import { replaceText, restorePrevious } from './replace';
import { shareStore, useShareUi } from './shareStore';
import './share.css';

/** Share: the link (copy), its QR code, the manifests as a file (download, open), and the put-aside work. */
export function ShareDialog() {
  const open = useShareUi((s) => s.dialogOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" data-testid="share.dialog"
      onClose={() => shareStore.getState().setDialogOpen(false)}>
      {open && <ShareBody />}
    </dialog>
  );
}

function ShareBody() {
  const t = useT();
  const lang = useLang();
  const [present, setPresent] = useState(() => presentStore.getState().present);
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [bigQr, setBigQr] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const previous = useShareUi((s) => s.previous);
  const input = useRef<HTMLInputElement>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void currentShareUrl({ present }).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [present, lang]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // Clipboard refused (permissions, http): select the link so Ctrl+C works.
      input.current?.select();
      setCopied(document.execCommand?.('copy') ? 'copied' : 'failed');
    }
  };

  const onFile = async (f: File | undefined) => {
    setFileError(null);
    if (!f) return;
    const r = await readTextFile(f);
    if (!r.ok) {
      setFileError(r.reason === 'too-large' ? t('share.file.tooLarge') : t('share.file.notText'));
      return;
    }
    if (!confirm(tr('share.file.confirm', { name: f.name }))) return;
    replaceText(r.text, 'file');
    shareStore.getState().setNotice({ kind: 'file-opened', name: f.name });
    shareStore.getState().setDialogOpen(false);
  };

  return (
    <div className="share-body">
      <header className="share-head">
        <h2 id="share-title">{t('share.title')}</h2>
        <button type="button" aria-label={t('common.close')} title={t('common.close')} data-testid="share.close" onClick={() => shareStore.getState().setDialogOpen(false)}>✕</button>
      </header>
      <p className="muted share-intro">{t('share.intro')}</p>
      <div className="share-link-row">
        <label className="sr-only" htmlFor="share-link">{t('share.link')}</label>
        <input id="share-link" ref={input} readOnly value={url} data-testid="share.link" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="primary" data-testid="share.copy" disabled={!url} onClick={() => void copy()}>{t('share.copy')}</button>
      </div>
      <p className="muted share-meta" role="status">
        {copied === 'copied' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : url ? t('share.length', { n: url.length }) : t('share.making')}
      </p>
      <label className="share-option">
        <input type="checkbox" checked={present} data-testid="share.present" onChange={(e) => { setPresent(e.target.checked); setCopied('idle'); }} />
        {t('share.openPresent')}
      </label>
      <div className="share-qr-row">
        {url && <QrCode text={url} label={t('share.qrLabel')} />}
        <div className="share-qr-side">
          <p className="muted">{t('share.qrHelp')}</p>
          <button type="button" data-testid="share.qr-large" disabled={!url} onClick={() => setBigQr(true)}>{t('share.qrLarge')}</button>
        </div>
      </div>
      <h3 className="share-sub">{t('share.files')}</h3>
      <div className="share-files">
        <button type="button" data-testid="share.download" onClick={() => downloadText(getAppStore().getState().text, scenarioFileName(lessonStore.getState().lessonId))}>
          {t('share.download')}
        </button>
        <button type="button" data-testid="share.open-file" onClick={() => file.current?.click()}>{t('share.openFile')}</button>
        <input ref={file} type="file" accept=".yaml,.yml,.json,text/yaml,application/yaml,application/json,text/plain" hidden
          data-testid="share.file-input" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {fileError && <p className="share-error" role="alert">{fileError}</p>}
      {previous && (
        <p className="share-previous" data-testid="share.previous">
          {t('share.previousSaved', { time: new Date(previous.savedAt).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB') })}{' '}
          <button type="button" data-testid="share.restore" onClick={() => { restorePrevious(); shareStore.getState().setDialogOpen(false); }}>{t('share.restore')}</button>
        </p>
      )}
      {bigQr && (
        <div className="qr-fullscreen" role="dialog" aria-label={t('share.qrLabel')} data-testid="share.qr-fullscreen" onClick={() => setBigQr(false)}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setBigQr(false))}>
          <QrCode text={url} label={t('share.qrLabel')} className="qr-big" />
          <button type="button" autoFocus onClick={() => setBigQr(false)}>{t('common.close')}</button>
        </div>
      )}
    </div>
  );
}

/** The header's Share button. */
export function ShareButton() {
  const t = useT();
  return <button type="button" data-testid="header.share" onClick={() => shareStore.getState().setDialogOpen(true)}>{t('header.share')}</button>;
}
