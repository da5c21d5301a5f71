/** Times from captions: align a clean transcript's turns to a caption track's timed words. */
export * from './align.js';
export * from './apply.js';
export * from './captions.js';
export * from './types.js';
export * from './audio-options.js';
export { alignWords } from './words.js';
export { alignmentDoubt, FEW_WORDS_FOUND } from './summary.js';
