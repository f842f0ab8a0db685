import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { opening, startShareLinks } from './share/boot';
import { startPresentUrlSync } from './present/urlSync';

// Share links open once the store exists (web/boot.ts ran first); presentation mode keeps the step in the address.
startShareLinks();
startPresentUrlSync(() => opening);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
