import type { AudioPeaks } from '../../../shared/api.js';

/** The peaks main sends (one byte per slice, base64) as the 0–1 floats wavesurfer draws. */
export function decodePeaks(peaks: AudioPeaks): Float32Array {
  const bytes = atob(peaks.peaks);
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i) / 255;
  return out;
}
