/**
 * Podcasting 2.0 JSON, the files the `podcast:transcript` and `podcast:chapters` tags point to:
 * a transcript `{"version": "1.0.0", "segments": [{speaker, startTime, endTime, body}]}` (one segment
 * per paragraph, times in seconds) and chapters `{"version": "1.2.0", "chapters": [{startTime, title}]}`.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { chaptersOf } from './chapters.js';
import { ExportError } from './types.js';
import { MIN_CUE_MS, sequenced, timedParagraphs } from './timing.js';

/** One segment of a Podcasting 2.0 transcript. */
export interface PodcastSegment {
  /** Left out for a paragraph without a speaker (the field is optional). */
  readonly speaker?: string;
  /** Seconds, a float. */
  readonly startTime: number;
  readonly endTime: number;
  readonly body: string;
}

/** One chapter of a Podcasting 2.0 chapters file. */
export interface PodcastChapter {
  readonly startTime: number;
  readonly title: string;
}

export function exportPodcastTranscript(doc: EpisodeDocument): { text: string; warnings: string[] } {
  const { paragraphs, warnings, timed } = timedParagraphs(doc);
  if (!timed) throw new ExportError(doc.file, 'a Podcasting 2.0 transcript needs times, and no turn in the transcript has one');
  const segments: PodcastSegment[] = sequenced(paragraphs, MIN_CUE_MS).map((p) => ({
    ...(p.who !== undefined && { speaker: p.who }),
    startTime: p.startMs / 1000,
    endTime: p.endMs / 1000,
    body: p.text,
  }));
  return { text: `${JSON.stringify({ version: '1.0.0', segments }, null, 2)}\n`, warnings };
}

export function exportPodcastChapters(doc: EpisodeDocument): { text: string; warnings: string[] } {
  const { chapters, warnings } = chaptersOf(doc);
  if (chapters.length === 0) warnings.push('the transcript has no headers with a timed turn after them, so there are no chapters');
  const list: PodcastChapter[] = chapters.map((c) => ({ startTime: c.sec, title: c.title }));
  return { text: `${JSON.stringify({ version: '1.2.0', chapters: list }, null, 2)}\n`, warnings };
}
