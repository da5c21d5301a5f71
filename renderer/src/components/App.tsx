import { useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/api.js';
import type { FirstScreen } from '../app/first-screen.js';
import { createWorkspace, type Workspace } from '../app/create-workspace.js';
import { DialogLayer } from './DialogLayer.js';
import { DiskChangeBar } from './DiskChangeBar.js';
import { SpeakerOverview } from './SpeakerOverview.js';
import { SplitHandle } from './SplitHandle.js';
import { StatusBar } from './StatusBar.js';
import { TurnContextMenu } from './TurnContextMenu.js';
import { TurnPopup } from './TurnPopup.js';
import { useObservable } from './use-observable.js';
import { WaveformPane } from './WaveformPane.js';

/**
 * The window: audio on one side, the speaker turns on the other, status below (index.html draws the
 * same layout for the first screen). The workspace does the work.
 */
export function App({ api, first }: { api: Api; first: FirstScreen }) {
  const editorHost = useRef<HTMLElement>(null);
  const waveformHost = useRef<HTMLDivElement>(null);
  const waveformPane = useRef<HTMLElement>(null);
  const [workspace, setWorkspace] = useState<Workspace>();

  // A layout effect: the editor moves in within the same task as the first render, before anything paints.
  useLayoutEffect(() => {
    const created = createWorkspace(api, { editor: editorHost.current!, waveform: waveformHost.current! }, first);
    setWorkspace(created);
    return () => created.destroy();
  }, [api, first]);

  return (
    <div className="app">
      {workspace && <ErrorBanner workspace={workspace} />}
      {workspace && <DiskChangeBar workspace={workspace} />}
      <main className="split">
        <WaveformPane waveformRef={waveformHost} paneRef={waveformPane} workspace={workspace}>
          {workspace && <SpeakerOverview workspace={workspace} />}
          {workspace && <SplitHandle settings={workspace.settings} pane={waveformPane} />}
        </WaveformPane>
        <section className="transcript-pane" aria-label="Transcript" ref={editorHost} />
      </main>
      {workspace && (
        <>
          <StatusBar workspace={workspace} />
          <TurnPopup workspace={workspace} />
          <TurnContextMenu workspace={workspace} />
          <DialogLayer workspace={workspace} />
        </>
      )}
    </div>
  );
}

function ErrorBanner({ workspace }: { workspace: Workspace }) {
  const error = useObservable(workspace.session.state, (s) => s.error);
  return error ? (
    <div className="error-banner" role="alert">
      {error}
    </div>
  ) : null;
}
