/** Importers from raw transcripts (captions, plain text, word-processor text, SRT/WebVTT, chapter lists) and speaker-assignment helpers. */
export * from './build-turns.js';
export * from './captions.js';
export * from './chapters.js';
export * from './clock.js';
export * from './cues.js';
export * from './detect.js';
export * from './episode-file.js';
export * from './import-raw.js';
export * from './names.js';
export * from './paragraphs.js';
export * from './sentence-case.js';
export * from './speakers.js';
export * from './subtitles.js';
export * from './transcript-text.js';
export * from './types.js';
export * from './untimed.js';
export * from './words.js';
