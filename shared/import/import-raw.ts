import type { TurnBuildOptions } from './build-turns.js';
import { importCaptions } from './captions.js';
import { importChapters } from './chapters.js';
import { assertImportable, detectFormat } from './detect.js';
import { importSubtitles } from './subtitles.js';
import { importTranscriptText } from './transcript-text.js';
import type { FormatChoice, ImportResult } from './types.js';
import { importUntimed } from './untimed.js';

/** Options of `importRaw`. */
export interface RawImportOptions extends TurnBuildOptions {
  /** The input's name, for messages. */
  readonly file?: string;
  /** The format to read it as; `auto` (the default) detects it. */
  readonly format?: FormatChoice;
  /** The audio's length in seconds: plain text gets estimated times from it. */
  readonly durationSec?: number;
}

/** Reads a raw input in the given or detected format. Throws ImportError (file, line, what was expected) when it cannot. */
export function importRaw(text: string, options: RawImportOptions = {}): ImportResult {
  const file = options.file ?? 'input.txt';
  const chosen = options.format ?? 'auto';
  if (chosen !== 'auto') assertImportable(text, file, chosen);
  const format = chosen === 'auto' ? detectFormat(text, file) : chosen;
  const build = { ...(options.limits && { limits: options.limits }), ...(options.sentenceCase && { sentenceCase: true }) };
  switch (format) {
    case 'captions':
      return importCaptions(text, { ...build, file });
    case 'text':
      return importUntimed(text, { ...build, ...(options.durationSec !== undefined && { durationSec: options.durationSec }) });
    case 'transcript':
      return importTranscriptText(text, { file });
    case 'srt':
    case 'vtt':
      return importSubtitles(text, { ...build, format, file });
    case 'chapters':
      return importChapters(text, { file });
    default:
      throw new Error(`unknown import format \`${String(format)}\``);
  }
}
