import { useEffect, useState } from 'react';
import { toString as qrToSvg } from 'qrcode';
import { useT } from '../i18n/index';

/**
 * The link as a QR code (SVG, so it stays sharp at any size on a projector). Long links use the lowest error
 * correction so more fits; past a QR code's capacity (~2,900 bytes) it says so instead.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const t = useT();
  const [svg, setSvg] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState(false);
  useEffect(() => {
    let live = true;
    if (!text) return;
    qrToSvg(text, { type: 'svg', errorCorrectionLevel: text.length > 1200 ? 'L' : 'M', margin: 2 })
      .then((s) => { if (live) { setSvg(s); setTooLong(false); } })
      .catch(() => { if (live) { setSvg(null); setTooLong(true); } });
    return () => {
      live = false;
    };
  }, [text]);
  if (tooLong) return <p className="muted qr-too-long" data-testid="share.qr-too-long">{t('share.qrTooLong', { n: text.length })}</p>;
  if (!svg) return <div className={`qr ${className ?? ''}`} aria-busy="true" />;
  return <div className={`qr ${className ?? ''}`} role="img" aria-label={label} data-testid="share.qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
