/** Exporting an episode: the cleaned file, subtitles, Podcasting 2.0 JSON, chapters, text, Markdown and JSON. */
import type { EpisodeDocument } from '../episode/document.js';
import { exportChapters } from './chapters.js';
import { exportCleaned } from './clean.js';
import { exportJson } from './json.js';
import { exportPodcastChapters, exportPodcastTranscript } from './podcast.js';
import { exportReadable } from './readable.js';
import { exportSrt } from './srt.js';
import type { ExportFormat, ExportOptions, ExportResult } from './types.js';
import { exportVtt } from './vtt.js';

export { CLEAN_STEP_LABELS, cleanCounts, cleanEpisode } from './clean.js';
export { chapterRuleWarnings, chaptersOf, fixChapterRules, type Chapter } from './chapters.js';
export type { Cue } from './cues.js';
export type { PodcastChapter, PodcastSegment } from './podcast.js';
export * from './types.js';

/** What the registry knows of one format. */
export interface ExportFormatInfo {
  readonly format: ExportFormat;
  /** For a menu or a list: `SubRip subtitles (.srt)`. */
  readonly label: string;
  readonly extension: string;
  /** Put before the extension so that exports of one episode do not collide . */
  readonly suffix: string;
  readonly mediaType: string;
  readonly run: (doc: EpisodeDocument, options: ExportOptions) => { text: string; warnings: string[]; cleaned?: ExportResult['cleaned'] };
}

/** Every format, in the order a menu lists them. */
export const EXPORTERS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  md: { format: 'md', label: 'Cleaned episode (.md)', extension: 'md', suffix: '.clean', mediaType: 'text/markdown', run: exportCleaned },
  srt: { format: 'srt', label: 'SubRip subtitles (.srt)', extension: 'srt', suffix: '', mediaType: 'application/x-subrip', run: exportSrt },
  vtt: { format: 'vtt', label: 'WebVTT subtitles (.vtt)', extension: 'vtt', suffix: '', mediaType: 'text/vtt', run: exportVtt },
  'podcast-json': { format: 'podcast-json', label: 'Podcasting 2.0 transcript (.json)', extension: 'json', suffix: '.transcript', mediaType: 'application/json', run: exportPodcastTranscript },
  'podcast-chapters': { format: 'podcast-chapters', label: 'Podcasting 2.0 chapters (.json)', extension: 'json', suffix: '.chapters', mediaType: 'application/json+chapters', run: exportPodcastChapters },
  chapters: { format: 'chapters', label: 'Chapters for video platforms (.txt)', extension: 'txt', suffix: '.chapters', mediaType: 'text/plain', run: exportChapters },
  txt: { format: 'txt', label: 'Plain text (.txt)', extension: 'txt', suffix: '', mediaType: 'text/plain', run: (doc) => exportReadable(doc, false) },
  markdown: { format: 'markdown', label: 'Markdown transcript (.md)', extension: 'md', suffix: '.transcript', mediaType: 'text/markdown', run: (doc) => exportReadable(doc, true) },
  json: { format: 'json', label: 'Transcript items (.json)', extension: 'json', suffix: '.items', mediaType: 'application/json', run: exportJson },
};

/** True for a format name this engine knows. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTERS, name);
}

/** Exports a document; throws ExportError when the format cannot be made from it (see ExportError). */
export function exportEpisode(doc: EpisodeDocument, format: ExportFormat, options: ExportOptions = {}): ExportResult {
  const info = EXPORTERS[format];
  if (!info) throw new Error(`unknown export format \`${String(format)}\``);
  const { text, warnings, cleaned } = info.run(doc, options);
  return { format, text, extension: info.extension, suffix: info.suffix, mediaType: info.mediaType, warnings, ...(cleaned && { cleaned }) };
}

/** The file name an export gets beside its episode: `episode.srt`, `episode.chapters.txt`, `episode.clean.md` for the cleaned episode, `episode.docx`. */
export function exportFileName(episodeName: string, format: ExportFormat | 'docx'): string {
  const base = episodeName.replace(/\.(md|markdown|txt)$/i, '');
  const info = format === 'docx' ? { suffix: '', extension: 'docx' } : EXPORTERS[format];
  return `${base}${info.suffix}.${info.extension}`;
}
