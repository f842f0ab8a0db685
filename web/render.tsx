import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { opening, startShareLinks } from './share/boot';
import { startPresentUrlSync } from './present/urlSync';
import { i18nReady } from './i18n/index';

// Share links open once the store exists (web/boot.ts ran first); presentation mode keeps the step in the address.
startShareLinks();
startPresentUrlSync(() => opening);

// English paints at once; a Korean page waits for its catalogs (loading since i18n started, alongside the first simulation).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
