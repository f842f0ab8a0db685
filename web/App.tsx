import { ConsolePanel } from './console/ConsolePanel';
import { EditorPanel } from './editor/EditorPanel';
import { GraphArea } from './layout/GraphArea';
import { Header } from './layout/Header';
import { SplitView } from './layout/SplitView';
import { useLayoutMode } from './layout/useMedia';
import { PlayerPanel } from './player/PlayerPanel';
import { usePlaybackClock, usePlayerKeyboard } from './player/usePlayback';
import { LessonsLayout } from './lessons/LessonsLayout';
import { PresentView } from './present/PresentView';
import { usePresent } from './present/presentStore';
import { ShareNotice } from './share/ShareNotice';
import { useShareUi } from './share/shareStore';
import { useT } from './i18n/index';
import { lazy, Suspense } from 'react';

// The share dialog (with its QR code library) loads the first time it opens.
const ShareDialog = lazy(() => import('./share/ShareDialog').then((m) => ({ default: m.ShareDialog })));

/**
 * One screen: editor | graph | (player + console), with the lessons column beside it when open. Narrower
 * windows stack the panels; presentation mode shows only the graph and the narration.
 */
export function App() {
  const mode = useLayoutMode();
  const present = usePresent((s) => s.present);
  const sharing = useShareUi((s) => s.dialogOpen);
  usePlayerKeyboard();
  usePlaybackClock();
  return (
    <div className={`app app-${mode}`}>
      {present ? <PresentView /> : <Workspace mode={mode} />}
      {sharing && <Suspense fallback={null}><ShareDialog /></Suspense>}
    </div>
  );
}

function Workspace({ mode }: { mode: ReturnType<typeof useLayoutMode> }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#console-input">{t('app.skipToConsole')}</a>
      <Header />
      <ShareNotice />
      <main className={`workspace mode-${mode}`} data-layout={mode}>
        <LessonsLayout narrow={mode === 'narrow'}>
          {mode === 'wide' && <WideLayout />}
          {mode === 'medium' && <MediumLayout />}
          {mode === 'narrow' && <NarrowLayout />}
        </LessonsLayout>
      </main>
    </>
  );
}

function WideLayout() {
  const t = useT();
  return (
    <SplitView id="wide" direction="row" initial={[0.28, 0.46, 0.26]} labels={[t('layout.resizeEditorGraph'), t('layout.resizeGraphSide')]}>
      <EditorPanel />
      <GraphArea />
      <SplitView id="side" direction="column" initial={[0.56, 0.44]} labels={[t('layout.resizePlayerConsole')]}>
        <PlayerPanel />
        <ConsolePanel />
      </SplitView>
    </SplitView>
  );
}

function MediumLayout() {
  const t = useT();
  return (
    <SplitView id="medium" direction="column" initial={[0.58, 0.42]} labels={[t('layout.resizeTopBottom')]}>
      <SplitView id="medium-top" direction="row" initial={[0.42, 0.58]} labels={[t('layout.resizeEditorGraph')]}>
        <EditorPanel />
        <GraphArea />
      </SplitView>
      <SplitView id="medium-bottom" direction="row" initial={[0.5, 0.5]} labels={[t('layout.resizePlayerConsole')]}>
        <ConsolePanel />
        <PlayerPanel />
      </SplitView>
    </SplitView>
  );
}

function NarrowLayout() {
  return (
    <div className="stack">
      <EditorPanel />
      <GraphArea />
      <ConsolePanel />
      <PlayerPanel />
    </div>
  );
}
