/** The episode document engine: read, check, edit and write episode files. */
export * from './document.js';
export * from './duration.js';
export * from './edit.js';
export * from './fixes.js';
export * from './items.js';
export * from './new-episode.js';
export * from './parse.js';
export * from './preview.js';
export * from './problems.js';
export * from './speakers.js';
export * from './time.js';
export * from './timeline.js';
export * from './validate.js';
export * from './write.js';
