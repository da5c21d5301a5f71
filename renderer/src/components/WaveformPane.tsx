/** The audio side of the split view; the waveform and playback fill it. */
export function WaveformPane() {
  return (
    <section className="waveform-pane" aria-label="Audio">
      <p className="empty-note">No audio open. The waveform and playback appear here.</p>
    </section>
  );
}
