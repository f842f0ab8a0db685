/** Player icons as inline SVG (media-control glyphs are missing from many system fonts). */
const common = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'currentColor', 'aria-hidden': true, focusable: false } as const;

export const IconStart = () => <svg {...common}><rect x="5" y="5" width="2.5" height="14" /><path d="M19 5v14L9 12z" /></svg>;
export const IconPrev = () => <svg {...common}><path d="M16 5v14L6 12z" /></svg>;
export const IconPlay = () => <svg {...common}><path d="M7 4.5v15L19.5 12z" /></svg>;
export const IconPause = () => <svg {...common}><rect x="6" y="5" width="4" height="14" /><rect x="14" y="5" width="4" height="14" /></svg>;
export const IconNext = () => <svg {...common}><path d="M8 5v14l10-7z" /></svg>;
export const IconEnd = () => <svg {...common}><path d="M5 5v14l10-7z" /><rect x="16.5" y="5" width="2.5" height="14" /></svg>;
